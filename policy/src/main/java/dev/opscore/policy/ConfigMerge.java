package dev.opscore.policy;

import java.util.Map;
import java.util.Objects;

/**
 * Deep merge of policy configurations, as used by scope resolution and by the dry run's request
 * {@code config}.
 */
public final class ConfigMerge {

    private ConfigMerge() {
    }

    /**
     * Merges {@code overlay} over {@code base} key by key: where both hold an object the two are
     * merged recursively; anything else in the overlay (an array, a scalar, {@code null}) replaces
     * the base's value whole, so an array replaces an array. Returns a new map sharing no mutable
     * structure with the inputs; the inputs are left untouched. Callers pass string-keyed JSON
     * trees (maps, lists and scalars); neither argument may be {@code null}.
     */
    public static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> overlay) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(overlay, "overlay");
        Map<String, Object> merged = DeepCopy.map(base);
        overlay.forEach((key, value) -> merged.put(key, mergedValue(merged.get(key), value)));
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Object mergedValue(Object baseValue, Object overlayValue) {
        if (baseValue instanceof Map<?, ?> baseMap && overlayValue instanceof Map<?, ?> overlayMap) {
            return deepMerge((Map<String, Object>) baseMap, (Map<String, Object>) overlayMap);
        }
        return DeepCopy.value(overlayValue);
    }
}
