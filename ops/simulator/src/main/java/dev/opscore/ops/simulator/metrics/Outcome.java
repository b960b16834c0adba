package dev.opscore.ops.simulator.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The figures a maintenance run records when it ends ({@code agent_run.outcome_json}, see
 * {@code db/README.md}); a missing or null key is null here, never false or 0.
 */
public record Outcome(Boolean resolved, Boolean autonomous, Integer managerTouches, Boolean slaMet, BigDecimal cost,
                      Boolean repeatIssue, Instant acknowledgedAt, Instant dispatchedAt, String priority,
                      String category, String workOrderId) {

    public static Outcome of(JsonNode json) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return null;
        }
        return new Outcome(bool(json, "resolved"), bool(json, "autonomous"),
                json.path("managerTouches").isNumber() ? json.path("managerTouches").asInt() : null,
                bool(json, "slaMet"), json.path("cost").isNumber() ? json.path("cost").decimalValue() : null,
                bool(json, "repeatIssue"), instant(json, "acknowledgedAt"), instant(json, "dispatchedAt"),
                text(json, "priority"), text(json, "category"), text(json, "workOrderId"));
    }

    public boolean resolvedAutonomously() {
        return Boolean.TRUE.equals(resolved) && Boolean.TRUE.equals(autonomous);
    }

    private static Boolean bool(JsonNode json, String key) {
        JsonNode value = json.path(key);
        return value.isBoolean() ? value.asBoolean() : null;
    }

    private static String text(JsonNode json, String key) {
        JsonNode value = json.path(key);
        return value.isString() ? value.asString() : null;
    }

    private static Instant instant(JsonNode json, String key) {
        String value = text(json, key);
        return value == null ? null : Instant.parse(value);
    }
}
