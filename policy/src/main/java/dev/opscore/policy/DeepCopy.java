package dev.opscore.policy;

import java.util.ArrayList;
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
