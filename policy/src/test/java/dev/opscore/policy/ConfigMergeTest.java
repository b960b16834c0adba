package dev.opscore.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigMergeTest {

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void mergesKeyByKey() {
        // given
        Map<String, Object> base = map("spend", map("autoApproveMax", 750, "hardBlockAbove", 5000), "other", 1);
        Map<String, Object> overlay = map("spend", map("autoApproveMax", 500));

        // when
        Map<String, Object> merged = ConfigMerge.deepMerge(base, overlay);

        // then
        assertThat(merged).isEqualTo(map("spend", map("autoApproveMax", 500, "hardBlockAbove", 5000), "other", 1));
    }

    @Test
    void arrayReplacesArray() {
        // given
        Map<String, Object> base = map("categories", List.of("PLUMBING", "HVAC", "GENERAL"));
        Map<String, Object> overlay = map("categories", List.of("PEST"));

        // when
        Map<String, Object> merged = ConfigMerge.deepMerge(base, overlay);

        // then
        assertThat(merged).isEqualTo(map("categories", List.of("PEST")));
    }

    @Test
    void scalarReplacesObjectAndObjectReplacesScalar() {
        // given
        Map<String, Object> base = map("a", map("x", 1), "b", 2);
        Map<String, Object> overlay = map("a", 3, "b", map("y", 4));

        // when
        Map<String, Object> merged = ConfigMerge.deepMerge(base, overlay);

        // then
        assertThat(merged).isEqualTo(map("a", 3, "b", map("y", 4)));
    }

    @Test
    void nullInTheOverlayReplacesTheValue() {
        // given
        Map<String, Object> base = map("a", map("x", 1));
        Map<String, Object> overlay = map("a", map("x", null));

        // when
        Map<String, Object> merged = ConfigMerge.deepMerge(base, overlay);

        // then
        assertThat(merged).isEqualTo(map("a", map("x", null)));
    }

    @Test
    void newKeysAreAdded() {
        // given
        Map<String, Object> base = map("a", map("x", 1));
        Map<String, Object> overlay = map("a", map("y", 2), "b", true);

        // when
        Map<String, Object> merged = ConfigMerge.deepMerge(base, overlay);

        // then
        assertThat(merged).isEqualTo(map("a", map("x", 1, "y", 2), "b", true));
    }

    @Test
    void inputsAreLeftUntouched() {
        // given
        Map<String, Object> base = map("a", map("x", 1, "list", new ArrayList<>(List.of(1, 2))));
        Map<String, Object> overlay = map("a", map("x", 2, "list", new ArrayList<>(List.of(3))));
        Map<String, Object> baseBefore = DeepCopy.map(base);
        Map<String, Object> overlayBefore = DeepCopy.map(overlay);

        // when
        ConfigMerge.deepMerge(base, overlay);

        // then
        assertThat(base).isEqualTo(baseBefore);
        assertThat(overlay).isEqualTo(overlayBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void resultSharesNoMutableStructureWithTheInputs() {
        // given
        Map<String, Object> base = map("a", map("x", 1), "keep", map("k", new ArrayList<>(List.of(1))));
        Map<String, Object> overlay = map("b", map("y", new ArrayList<>(List.of(2))));
        Map<String, Object> merged = ConfigMerge.deepMerge(base, overlay);

        // when
        ((Map<String, Object>) merged.get("a")).put("x", 99);
        ((List<Object>) ((Map<String, Object>) merged.get("keep")).get("k")).add(98);
        ((List<Object>) ((Map<String, Object>) merged.get("b")).get("y")).add(97);

        // then
        assertThat(base).isEqualTo(map("a", map("x", 1), "keep", map("k", List.of(1))));
        assertThat(overlay).isEqualTo(map("b", map("y", List.of(2))));
    }

    @Test
    void mergesImmutableInputs() {
        // given
        Map<String, Object> base = Map.of("a", Map.of("x", 1));
        Map<String, Object> overlay = new HashMap<>(Map.of("a", Map.of("y", 2)));

        // when
        Map<String, Object> merged = ConfigMerge.deepMerge(base, overlay);

        // then
        assertThat(merged).isEqualTo(Map.of("a", Map.of("x", 1, "y", 2)));
    }
}
