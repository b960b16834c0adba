package dev.opscore.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A strict reader over one untyped JSON object. A key holding JSON {@code null} counts as absent.
 * Every failure names the JSON path of the offending value.
 */
final class JsonObjectReader {

    private final Map<?, ?> values;
    private final String path;

    private JsonObjectReader(Map<?, ?> values, String path) {
        this.values = values;
        this.path = path;
    }

    /** Reads {@code value} as an object; {@code null} is reported as missing. */
    static JsonObjectReader of(Object value, String path) {
        if (value == null) {
            throw JsonValues.invalid(path, "is required");
        }
        if (value instanceof Map<?, ?> map) {
            return new JsonObjectReader(map, path);
        }
        throw JsonValues.wrongType(path, "an object", value);
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return JsonPath.child(path, key);
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    Object required(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw JsonValues.invalid(pathOf(key), "is required");
        }
        return value;
    }

    Optional<Object> optional(String key) {
        return Optional.ofNullable(values.get(key));
    }

    JsonObjectReader object(String key) {
        return of(required(key), pathOf(key));
    }

    Optional<JsonObjectReader> optionalObject(String key) {
        return optional(key).map(value -> of(value, pathOf(key)));
    }

    boolean bool(String key) {
        return JsonValues.bool(required(key), pathOf(key));
    }

    BigDecimal nonNegativeDecimal(String key) {
        return JsonValues.nonNegativeDecimal(required(key), pathOf(key));
    }

    int nonNegativeInt(String key) {
        return JsonValues.nonNegativeInt(required(key), pathOf(key));
    }

    Optional<String> optionalString(String key) {
        return optional(key).map(value -> JsonValues.string(value, pathOf(key)));
    }

    /** The elements of an array, each paired with its own path. */
    List<Element> array(String key) {
        return elements(required(key), pathOf(key));
    }

    List<Element> optionalArray(String key) {
        return optional(key).map(value -> elements(value, pathOf(key))).orElse(List.of());
    }

    /** A deep copy of the object as an untyped JSON map. */
    @SuppressWarnings("unchecked")
    Map<String, Object> copy() {
        return DeepCopy.map((Map<String, Object>) values);
    }

    /** Rejects any key not in {@code known}, naming the first one found. */
    void rejectUnknownKeys(Set<String> known) {
        for (Object key : values.keySet()) {
            if (!known.contains(key)) {
                throw JsonValues.invalid(pathOf(String.valueOf(key)), "is not a known setting");
            }
        }
    }

    /** Builds a value whose constructor validates with relative field names, re-rooting its errors here. */
    <T> T construct(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (PolicyValidationException relative) {
            throw relative.under(path);
        }
    }

    private static List<Element> elements(Object value, String path) {
        if (!(value instanceof List<?> list)) {
            throw JsonValues.wrongType(path, "an array", value);
        }
        List<Element> elements = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            elements.add(new Element(list.get(i), JsonPath.element(path, i)));
        }
        return elements;
    }

    /** One array element and its path. */
    record Element(Object value, String path) {
    }
}
