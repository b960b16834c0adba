package dev.opscore.app.policy;

import static dev.opscore.app.support.ApiClient.Caller.ADMIN;
import static dev.opscore.app.support.ApiClient.Caller.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stored policies: versions, scope resolution and the kill switch, over real HTTP. */
class PolicyApiTest extends ApiTestBase {

    private static final Map<String, Object> DISPATCH_420 = Map.of("type", "VENDOR_DISPATCH", "amount", 420,
            "category", "PLUMBING", "priority", "ROUTINE");

    @Test
    void versionsAppendAndTheHighestActiveOneDecides() {
        // given
        String property = "prop-" + UUID.randomUUID();
        var v1 = store("property", property, Map.of("spend", Map.of("autoApproveMax", 300)), true);
        var v2 = store("property", property, Map.of("spend", Map.of("autoApproveMax", 500)), true);
        var v3 = store("property", property, Map.of("spend", Map.of("autoApproveMax", 100)), false);
        // when
        var decision = api().post("/api/agent/policies/evaluate", Map.of("propertyId", property, "action", DISPATCH_420),
                MANAGER).body();
        var listed = api().get("/api/agent/policies?scopeType=property&scopeId=" + property, ADMIN).body();
        // then
        assertThat(v1.path("version").asInt()).isEqualTo(1);
        assertThat(v2.path("version").asInt()).isEqualTo(2);
        assertThat(v3.path("version").asInt()).isEqualTo(3);
        assertThat(decision.path("outcome").asString()).isEqualTo("ALLOW");
        assertThat(decision.path("policyVersion").asInt()).isEqualTo(2);
        assertThat(listed).extracting(p -> p.path("version").asInt()).containsExactly(3, 2, 1);
    }

    @Test
    void aPropertyPolicyOverridesOnlyTheKeysItNamesOverItsPortfolio() {
        // given
        String portfolio = "pf-" + UUID.randomUUID();
        String property = "prop-" + UUID.randomUUID();
        store("portfolio", portfolio, Map.of("spend", Map.of("autoApproveMax", 300),
                "workOrders", Map.of("autoAssignAllowedCategories", java.util.List.of("PLUMBING"))), true);
        store("property", property, Map.of("spend", Map.of("autoApproveMax", 600)), true);
        // when
        var plumbing = evaluate(portfolio, property, DISPATCH_420);
        var hvac = evaluate(portfolio, property, Map.of("type", "VENDOR_DISPATCH", "amount", 420, "category", "HVAC"));
        var portfolioOnly = evaluate(portfolio, "prop-" + UUID.randomUUID(), DISPATCH_420);
        // then
        assertThat(plumbing.path("outcome").asString()).isEqualTo("ALLOW");
        assertThat(hvac.path("reasons").get(0).asString()).isEqualTo("CATEGORY_NOT_AUTO_ASSIGNABLE");
        assertThat(portfolioOnly.path("outcome").asString()).isEqualTo("APPROVAL");
    }

    @Test
    void anInvalidPolicyIs400NamingTheFieldAndStoresNothing() {
        // given
        String property = "prop-" + UUID.randomUUID();
        // when
        var badScope = api().post("/api/agent/policies", Map.of("scopeType", "region", "config", Map.of()), ADMIN);
        var noScopeId = api().post("/api/agent/policies", Map.of("scopeType", "property", "config", Map.of()), ADMIN);
        var badConfig = api().post("/api/agent/policies", Map.of("scopeType", "property", "scopeId", property,
                "config", Map.of("spend", Map.of("autoApproveMax", 900))), ADMIN);
        // then
        assertThat(badScope.body().path("field").asString()).isEqualTo("scopeType");
        assertThat(noScopeId.body().path("field").asString()).isEqualTo("scopeId");
        assertThat(badConfig.status()).isEqualTo(400);
        assertThat(badConfig.body().path("field").asString()).startsWith("config.spend");
        assertThat(api().get("/api/agent/policies?scopeType=property&scopeId=" + property, ADMIN).body()).isEmpty();
    }

    @Test
    void theStoredKillSwitchDecidesUnlessTheRequestContextDoes() {
        try {
            // when
            var set = api().put("/api/agent/kill-switch", Map.of("enabled", true), ADMIN);
            var stored = api().post("/api/agent/policies/evaluate", Map.of("action", DISPATCH_420), MANAGER).body();
            var overridden = api().post("/api/agent/policies/evaluate", Map.of("action", DISPATCH_420,
                    "context", Map.of("killSwitch", false)), MANAGER).body();
            // then
            assertThat(set.body().path("enabled").asBoolean()).isTrue();
            assertThat(api().get("/api/agent/kill-switch", ADMIN).body().path("enabled").asBoolean()).isTrue();
            assertThat(stored.path("reasons").get(0).asString()).isEqualTo("KILL_SWITCH_NOTIFY_ONLY");
            assertThat(overridden.path("outcome").asString()).isEqualTo("ALLOW");
        } finally {
            api().put("/api/agent/kill-switch", Map.of("enabled", false), ADMIN);
        }
        assertThat(api().get("/api/agent/kill-switch", ADMIN).body().path("enabled").asBoolean()).isFalse();
    }

    @Test
    void aKillSwitchBodyMustSayEnabled() {
        assertThat(api().put("/api/agent/kill-switch", Map.of(), ADMIN).body().path("field").asString())
                .isEqualTo("enabled");
        assertThat(api().put("/api/agent/kill-switch", Map.of("enabled", "maybe"), ADMIN).body().path("field")
                .asString()).isEqualTo("enabled");
    }

    private tools.jackson.databind.JsonNode store(String scopeType, String scopeId, Map<String, Object> config,
                                                  boolean active) {
        var response = api().post("/api/agent/policies", Map.of("scopeType", scopeType, "scopeId", scopeId,
                "config", config, "isActive", active), ADMIN);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body();
    }

    private tools.jackson.databind.JsonNode evaluate(String portfolio, String property, Map<String, Object> action) {
        return api().post("/api/agent/policies/evaluate", Map.of("portfolioId", portfolio, "propertyId", property,
                "action", action), MANAGER).body();
    }
}
