package dev.opscore.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyDefaultsTest {

    @Test
    void defaultsAreTheSeedDraftPlusTheImpliedSections() {
        // when
        Map<String, Object> defaults = PolicyDefaults.asMap();

        // then
        assertThat(defaults).isEqualTo(Map.of(
                "spend", Map.of("autoApproveMax", 750, "requireApprovalAbove", 750, "hardBlockAbove", 5000),
                "workOrders", Map.of(
                        "autoAssignAllowedCategories", List.of("PLUMBING", "HVAC", "ELECTRICAL", "GENERAL"),
                        "emergencyAlwaysEscalate", true,
                        "maxOpenPerVendor", 25),
                "messaging", Map.of(
                        "quietHours", Map.of("start", "21:00", "end", "07:00"),
                        "allowedAutoIntents", List.of("STATUS_UPDATE", "FAQ", "MAINTENANCE_INTAKE", "RENEWAL_INFO"),
                        "legalKeywordsEscalate", true),
                "compliance", Map.of("criticalDaysBeforeDue", 7, "autoCreateTasks", true, "overdueAlwaysEscalate", true),
                "escalation", Map.of("channels", List.of("in_app", "email"), "criticalAlsoSms", false),
                "legal", Map.of("autonomousActionsEnabled", false),
                "financial", Map.of("irreversibleActionsEnabled", false),
                "killSwitch", false));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCallReturnsAFreshDeepCopy() {
        // given
        Map<String, Object> first = PolicyDefaults.asMap();

        // when
        ((Map<String, Object>) first.get("spend")).put("autoApproveMax", 1);
        ((List<Object>) ((Map<String, Object>) first.get("workOrders")).get("autoAssignAllowedCategories")).clear();
        first.remove("legal");

        // then
        Map<String, Object> second = PolicyDefaults.asMap();
        assertThat(((Map<String, Object>) second.get("spend")).get("autoApproveMax")).isEqualTo(750);
        assertThat((List<Object>) ((Map<String, Object>) second.get("workOrders")).get("autoAssignAllowedCategories"))
                .hasSize(4);
        assertThat(second).containsKey("legal");
    }
}
