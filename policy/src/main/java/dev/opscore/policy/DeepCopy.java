package dev.opscore.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep copies of untyped JSON trees (maps and lists are copied, scalars are immutable and shared). */
final class DeepCopy {

    private DeepCopy() {
    }

    static Map<String, Object> map(Map<String, Object> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(key, value(value)));
        return copy;
    }

    /** A deep copy in which every map and list is unmodifiable. */
    @SuppressWarnings("unchecked")
    static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, element) -> copy.put(key, frozen(element)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(frozen(element)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Object value(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(value(element)));
            return copy;
        }
        return value;
    }
}
