package dev.opscore.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/** Configurations for tests: the defaults with a few dotted paths changed. */
final class TestConfigs {

    private TestConfigs() {
    }

    static PolicyConfig defaults() {
        return PolicyConfig.defaults();
    }

    /** Defaults with {@code path} (e.g. "spend.autoApproveMax") set to {@code value}. */
    static PolicyConfig with(String path, Object value) {
        return PolicyConfig.fromMap(ConfigMerge.deepMerge(PolicyDefaults.asMap(), overlay(path, value)), "config");
    }

    static PolicyConfig with(String path1, Object value1, String path2, Object value2) {
        Map<String, Object> overlay = ConfigMerge.deepMerge(overlay(path1, value1), overlay(path2, value2));
        return PolicyConfig.fromMap(ConfigMerge.deepMerge(PolicyDefaults.asMap(), overlay), "config");
    }

    /** The defaults as JSON with {@code path} set to {@code value}, not validated. */
    static Map<String, Object> defaultsWith(String path, Object value) {
        return ConfigMerge.deepMerge(PolicyDefaults.asMap(), overlay(path, value));
    }

    /** A nested map holding {@code value} at the dotted {@code path}. */
    static Map<String, Object> overlay(String path, Object value) {
        String[] keys = path.split("\\.");
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> current = root;
        for (int i = 0; i < keys.length - 1; i++) {
            Map<String, Object> child = new LinkedHashMap<>();
            current.put(keys[i], child);
            current = child;
        }
        current.put(keys[keys.length - 1], value);
        return root;
    }
}
