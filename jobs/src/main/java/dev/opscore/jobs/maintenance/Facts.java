package dev.opscore.jobs.maintenance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reading values out of recorded step outputs (JSON trees of maps, lists, strings and numbers). */
final class Facts {

    private Facts() {
    }

    static String text(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value == null ? null : value.toString();
    }

    static BigDecimal amount(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static int integer(Map<String, Object> map, String key, int otherwise) {
        Object value = map == null ? null : map.get(key);
        return value instanceof Number n ? n.intValue() : otherwise;
    }

    static double decimal(Map<String, Object> map, String key, double otherwise) {
        Object value = map == null ? null : map.get(key);
        return value instanceof Number n ? n.doubleValue() : otherwise;
    }

    static Instant instant(Map<String, Object> map, String key) {
        String value = text(map, key);
        return value == null ? null : Instant.parse(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value instanceof List<?> l ? (List<String>) l : List.of();
    }
}
