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
        return mergeInto(DeepCopy.map(base), overlay);
    }

    /**
     * Merges {@code overlay} into {@code target}, which the caller owns and which is changed in
     * place (saves copying the base once per layer); {@code overlay} is copied, never shared.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> mergeInto(Map<String, Object> target, Map<String, Object> overlay) {
        overlay.forEach((key, value) -> {
            Object existing = target.get(key);
            if (existing instanceof Map<?, ?> existingMap && value instanceof Map<?, ?> overlayMap) {
                mergeInto((Map<String, Object>) existingMap, (Map<String, Object>) overlayMap);
            } else {
                target.put(key, DeepCopy.value(value));
            }
        });
        return target;
    }
}
