package dev.opscore.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeResolutionTest {

    private static StoredPolicy global(int version, boolean active, String path, Object value) {
        return new StoredPolicy("g" + version, "global", null, version, active, TestConfigs.overlay(path, value));
    }

    private static StoredPolicy portfolio(String id, int version, String path, Object value) {
        return new StoredPolicy("pf-" + id + "-" + version, "portfolio", id, version, true, TestConfigs.overlay(path, value));
    }

    private static StoredPolicy property(String id, int version, boolean active, String path, Object value) {
        return new StoredPolicy("p-" + id + "-" + version, "property", id, version, active,
                TestConfigs.overlay(path, value));
    }

    private static Object at(Map<String, Object> config, String path) {
        Object current = config;
        for (String key : path.split("\\.")) {
            current = ((Map<?, ?>) current).get(key);
        }
        return current;
    }

    @Test
    void noStoredPolicyMeansDefaultsAndVersionZero() {
        // when
        ScopeResolution.Resolved resolved = ScopeResolution.resolve(List.of(), "pf-1", "prop-17");

        // then
        assertThat(resolved.config()).isEqualTo(PolicyDefaults.asMap());
        assertThat(resolved.version()).isZero();
    }

    @Test
    void highestActiveVersionWinsWithinAScope() {
        // given
        List<StoredPolicy> stored = List.of(
                global(1, true, "spend.autoApproveMax", 100),
                global(3, false, "spend.autoApproveMax", 300),
                global(2, true, "spend.autoApproveMax", 200));

        // when
        ScopeResolution.Resolved resolved = ScopeResolution.resolve(stored, null, null);

        // then
        assertThat(at(resolved.config(), "spend.autoApproveMax")).isEqualTo(200);
        assertThat(resolved.version()).isEqualTo(2);
    }

    @Test
    void resultDoesNotDependOnTheOrderOfCandidates() {
        // given
        List<StoredPolicy> stored = new ArrayList<>(List.of(
                global(1, true, "spend.autoApproveMax", 100),
                global(2, true, "spend.autoApproveMax", 200),
                portfolio("pf-1", 4, "spend.hardBlockAbove", 4000),
                property("prop-17", 5, true, "workOrders.maxOpenPerVendor", 3),
                property("prop-17", 6, true, "workOrders.maxOpenPerVendor", 4)));
        ScopeResolution.Resolved expected = ScopeResolution.resolve(stored, "pf-1", "prop-17");

        // when
        Collections.reverse(stored);
        ScopeResolution.Resolved reversed = ScopeResolution.resolve(stored, "pf-1", "prop-17");

        // then
        assertThat(reversed).isEqualTo(expected);
        assertThat(at(expected.config(), "workOrders.maxOpenPerVendor")).isEqualTo(4);
    }

    @Test
    void propertyOverPortfolioOverGlobalOverDefaults() {
        // given
        List<StoredPolicy> stored = List.of(
                global(1, true, "spend", Map.of("autoApproveMax", 100, "requireApprovalAbove", 4000)),
                portfolio("pf-1", 2, "spend.autoApproveMax", 200),
                property("prop-17", 7, true, "spend.hardBlockAbove", 4500));

        // when
        ScopeResolution.Resolved resolved = ScopeResolution.resolve(stored, "pf-1", "prop-17");

        // then
        assertThat(at(resolved.config(), "spend")).isEqualTo(
                Map.of("autoApproveMax", 200, "requireApprovalAbove", 4000, "hardBlockAbove", 4500));
        assertThat(resolved.version()).isEqualTo(7);
    }

    @Test
    void versionIsThatOfTheMostSpecificPolicyApplied() {
        // given
        List<StoredPolicy> stored = List.of(
                global(9, true, "spend.autoApproveMax", 100),
                portfolio("pf-1", 2, "spend.autoApproveMax", 200),
                property("prop-17", 8, false, "spend.autoApproveMax", 300),
                property("prop-99", 5, true, "spend.autoApproveMax", 400));

        // when
        ScopeResolution.Resolved resolved = ScopeResolution.resolve(stored, "pf-1", "prop-17");

        // then
        assertThat(at(resolved.config(), "spend.autoApproveMax")).isEqualTo(200);
        assertThat(resolved.version()).isEqualTo(2);
    }

    @Test
    void portfolioIsSkippedWhenNoneIsNamed() {
        // given
        List<StoredPolicy> stored = List.of(global(4, true, "spend.autoApproveMax", 100),
                portfolio("pf-1", 6, "spend.autoApproveMax", 200));

        // when
        ScopeResolution.Resolved resolved = ScopeResolution.resolve(stored, null, "prop-17");

        // then
        assertThat(at(resolved.config(), "spend.autoApproveMax")).isEqualTo(100);
        assertThat(resolved.version()).isEqualTo(4);
    }

    @Test
    void propertyArrayReplacesTheInheritedArray() {
        // given
        List<StoredPolicy> stored = List.of(property("prop-17", 1, true, "workOrders.autoAssignAllowedCategories",
                List.of("PEST")));

        // when
        ScopeResolution.Resolved resolved = ScopeResolution.resolve(stored, null, "prop-17");

        // then
        assertThat(at(resolved.config(), "workOrders.autoAssignAllowedCategories")).isEqualTo(List.of("PEST"));
        assertThat(at(resolved.config(), "workOrders.maxOpenPerVendor")).isEqualTo(25);
    }

    @Test
    void unknownScopeTypeIsRejected() {
        // when / then
        assertThatThrownBy(() -> new StoredPolicy("x", "region", "r1", 1, true, Map.of()))
                .isInstanceOfSatisfying(PolicyValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("scopeType"));
    }

    @Test
    void storedConfigIsCopiedAndFrozen() {
        // given
        Map<String, Object> spend = new HashMap<>(Map.of("autoApproveMax", 100));
        Map<String, Object> config = new HashMap<>(Map.of("spend", spend));
        StoredPolicy policy = new StoredPolicy("g1", "global", null, 1, true, config);

        // when
        spend.put("autoApproveMax", 999);

        // then
        assertThat(at(policy.config(), "spend.autoApproveMax")).isEqualTo(100);
        assertThatThrownBy(() -> policy.config().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
