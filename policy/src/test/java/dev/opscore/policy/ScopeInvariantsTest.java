package dev.opscore.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** "A property policy can tighten or loosen only the keys it names", and merging never touches its inputs. */
class ScopeInvariantsTest {

    private static final List<String> LEAF_PATHS = List.of(
            "spend.autoApproveMax", "spend.requireApprovalAbove", "spend.hardBlockAbove",
            "workOrders.autoAssignAllowedCategories", "workOrders.emergencyAlwaysEscalate", "workOrders.maxOpenPerVendor",
            "messaging.quietHours.start", "messaging.quietHours.end", "messaging.allowedAutoIntents",
            "messaging.legalKeywordsEscalate", "compliance.criticalDaysBeforeDue", "compliance.autoCreateTasks",
            "compliance.overdueAlwaysEscalate", "escalation.channels", "escalation.criticalAlsoSms",
            "legal.autonomousActionsEnabled", "financial.irreversibleActionsEnabled");

    /** A partial configuration naming a random subset of settings, with random (tighter or looser) values. */
    @Provide
    Arbitrary<Map<String, Object>> overlays() {
        Arbitrary<Object> values = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 10000).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.of("21:00", "22:30", "06:00", "07:00").map(Object.class::cast),
                Arbitraries.of("PLUMBING", "HVAC", "PEST", "GENERAL").list().ofMaxSize(3).map(Object.class::cast));
        return Arbitraries.subsetOf(LEAF_PATHS).flatMap(paths -> values.list().ofSize(paths.size()).map(chosen -> {
            Map<String, Object> overlay = new LinkedHashMap<>();
            List<String> ordered = new ArrayList<>(paths);
            for (int i = 0; i < ordered.size(); i++) {
                overlay = ConfigMerge.deepMerge(overlay, TestConfigs.overlay(ordered.get(i), chosen.get(i)));
            }
            return overlay;
        }));
    }

    @Property
    void propertyPolicyChangesExactlyTheKeysItNames(@ForAll("overlays") Map<String, Object> global,
            @ForAll("overlays") Map<String, Object> portfolio, @ForAll("overlays") Map<String, Object> property) {
        // given
        List<StoredPolicy> inherited = List.of(new StoredPolicy("g", "global", null, 1, true, global),
                new StoredPolicy("pf", "portfolio", "pf-1", 2, true, portfolio));
        List<StoredPolicy> withProperty = new ArrayList<>(inherited);
        withProperty.add(new StoredPolicy("p", "property", "prop-17", 3, true, property));

        // when
        Map<String, Object> before = leaves(ScopeResolution.resolve(inherited, "pf-1", "prop-17").config());
        ScopeResolution.Resolved after = ScopeResolution.resolve(withProperty, "pf-1", "prop-17");

        // then
        Map<String, Object> named = leaves(property);
        Map<String, Object> afterLeaves = leaves(after.config());
        Set<String> changed = new HashSet<>();
        Set<String> allPaths = new HashSet<>(before.keySet());
        allPaths.addAll(afterLeaves.keySet());
        for (String path : allPaths) {
            if (!Objects.equals(before.get(path), afterLeaves.get(path))) {
                changed.add(path);
            }
        }
        assertThat(named.keySet()).containsAll(changed);
        named.forEach((path, value) -> assertThat(afterLeaves.get(path)).as(path).isEqualTo(value));
        assertThat(after.version()).isEqualTo(3);
    }

    @Property
    void mergingLeavesItsInputsUntouched(@ForAll("overlays") Map<String, Object> base,
            @ForAll("overlays") Map<String, Object> overlay) {
        // given
        Map<String, Object> baseBefore = DeepCopy.map(base);
        Map<String, Object> overlayBefore = DeepCopy.map(overlay);

        // when
        Map<String, Object> merged = ConfigMerge.deepMerge(base, overlay);

        // then
        assertThat(base).isEqualTo(baseBefore);
        assertThat(overlay).isEqualTo(overlayBefore);
        assertThat(leaves(merged).keySet()).containsAll(leaves(overlay).keySet());
    }

    /** Flattens a JSON tree to dotted paths; arrays are leaves, an empty object names nothing. */
    private static Map<String, Object> leaves(Map<String, Object> tree) {
        Map<String, Object> leaves = new TreeMap<>();
        collect("", tree, leaves);
        return leaves;
    }

    private static void collect(String prefix, Object value, Map<String, Object> leaves) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> collect(JsonPath.child(prefix, (String) key), child, leaves));
        } else {
            leaves.put(prefix, value);
        }
    }
}
