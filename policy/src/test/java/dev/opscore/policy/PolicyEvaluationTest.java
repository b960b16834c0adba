package dev.opscore.policy;

import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole dry run from an untyped request body. */
class PolicyEvaluationTest {

    private static final OffsetDateTime CLOCK = OffsetDateTime.parse("2026-01-14T12:00:00-05:00");
    private static final List<StoredPolicy> NONE = List.of();

    private static Map<String, Object> dispatch(Object amount) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "VENDOR_DISPATCH");
        action.put("amount", amount);
        action.put("category", "PLUMBING");
        action.put("priority", "ROUTINE");
        action.put("at", "2026-01-14T12:00:00-05:00");
        return action;
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static PolicyValidationException rejected(Map<String, Object> body, List<StoredPolicy> stored) {
        PolicyValidationException error = catchThrowableOfType(PolicyValidationException.class,
                () -> PolicyEvaluation.evaluate(body, stored, false, CLOCK));
        assertThat(error).as("validation error for %s", body).isNotNull();
        return error;
    }

    @Test
    void contractExample() {
        // given
        Map<String, Object> action = new HashMap<>(dispatch(420.00));
        action.put("vendorOpenWorkOrders", 12);
        action.put("intent", null);
        action.put("riskFlags", List.of());
        action.put("recipient", "TENANT");
        action.put("dueDate", null);
        action.put("at", "2026-01-14T23:10:00-05:00");
        action.put("timezone", "America/New_York");
        Map<String, Object> request = body("propertyId", "prop-17",
                "config", Map.of("spend", Map.of("autoApproveMax", 500)),
                "context", Map.of("killSwitch", false), "action", action);
        List<StoredPolicy> stored = List.of(
                new StoredPolicy("p3", "property", "prop-17", 3, true, Map.of("workOrders", Map.of("maxOpenPerVendor", 20))));

        // when
        EvaluationResult result = PolicyEvaluation.evaluate(request, stored, false, CLOCK);

        // then
        assertThatDecision(result.decision()).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT).doesNotEscalate()
                .hasNoNotBefore();
        assertThat(result.policyVersion()).isEqualTo(3);
    }

    @Test
    void requestConfigIsMergedLast() {
        // given
        List<StoredPolicy> stored = List.of(
                new StoredPolicy("p1", "property", "prop-17", 1, true, Map.of("spend", Map.of("autoApproveMax", 300))));
        Map<String, Object> withoutOverlay = body("propertyId", "prop-17", "action", dispatch(420));
        Map<String, Object> withOverlay = body("propertyId", "prop-17", "action", dispatch(420),
                "config", Map.of("spend", Map.of("autoApproveMax", 500)));

        // when
        EvaluationResult stricter = PolicyEvaluation.evaluate(withoutOverlay, stored, false, CLOCK);
        EvaluationResult overridden = PolicyEvaluation.evaluate(withOverlay, stored, false, CLOCK);

        // then
        assertThatDecision(stricter.decision()).needsApproval();
        assertThatDecision(overridden.decision()).isAllowed();
        assertThat(overridden.policyVersion()).isEqualTo(1);
    }

    @Test
    void killSwitchInRequestConfigIsIgnored() {
        // given
        Map<String, Object> request = body("config", Map.of("killSwitch", true), "action", dispatch(10));

        // when
        EvaluationResult result = PolicyEvaluation.evaluate(request, NONE, false, CLOCK);

        // then
        assertThatDecision(result.decision()).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
    }

    @Test
    void nonBooleanKillSwitchInRequestConfigIsIgnoredToo() {
        // given
        Map<String, Object> request = body("config", Map.of("killSwitch", "on"), "action", dispatch(10));

        // when
        EvaluationResult result = PolicyEvaluation.evaluate(request, NONE, true, CLOCK);

        // then
        assertThatDecision(result.decision()).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY, SPEND_WITHIN_AUTO_LIMIT);
    }

    @ParameterizedTest
    @CsvSource({
        // context.killSwitch, stored flag, expected outcome
        "true,  false, BLOCK",
        "false, true,  ALLOW",
        ",      true,  BLOCK",
        ",      false, ALLOW"
    })
    void contextKillSwitchDecidesWhenGivenElseTheStoredFlag(Boolean context, boolean stored, Outcome expected) {
        // given
        Map<String, Object> contextJson = new HashMap<>();
        contextJson.put("killSwitch", context);
        Map<String, Object> request = body("context", contextJson, "action", dispatch(10));

        // when
        EvaluationResult result = PolicyEvaluation.evaluate(request, NONE, stored, CLOCK);

        // then
        assertThatDecision(result.decision()).hasOutcome(expected);
    }

    @Test
    void storedKillSwitchAppliesWithoutContext() {
        // given
        Map<String, Object> request = body("action", Map.of("type", "READ"));
        Map<String, Object> message = body("action", Map.of("type", "NOTIFICATION_SEND", "recipient", "TENANT"));

        // when
        EvaluationResult read = PolicyEvaluation.evaluate(request, NONE, true, CLOCK);
        EvaluationResult notice = PolicyEvaluation.evaluate(message, NONE, true, CLOCK);

        // then
        assertThatDecision(read.decision()).isAllowed();
        assertThatDecision(notice.decision()).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY);
    }

    @Test
    void validationRunsOnTheMergedConfiguration() {
        // given: raising autoApproveMax above the default requireApprovalAbove
        Map<String, Object> request = body("config", Map.of("spend", Map.of("autoApproveMax", 800)), "action", dispatch(1));

        // when
        PolicyValidationException error = rejected(request, NONE);

        // then
        assertThat(error.field()).isEqualTo("config.spend.autoApproveMax");
    }

    @Test
    void raisingBothLimitsTogetherIsValid() {
        // given
        Map<String, Object> request = body("config", Map.of("spend", Map.of("autoApproveMax", 800,
                "requireApprovalAbove", 800)), "action", dispatch(790));

        // when
        EvaluationResult result = PolicyEvaluation.evaluate(request, NONE, false, CLOCK);

        // then
        assertThatDecision(result.decision()).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
    }

    @Test
    void invalidStoredPolicyMergedWithTheRequestIsRejected() {
        // given
        List<StoredPolicy> stored = List.of(
                new StoredPolicy("g1", "global", null, 1, true, Map.of("spend", Map.of("hardBlockAbove", 600))));

        // when
        PolicyValidationException error = rejected(body("action", dispatch(1)), stored);

        // then
        assertThat(error.field()).isEqualTo("config.spend.requireApprovalAbove");
    }

    @Test
    void unknownConfigKeyInTheRequestIsRejected() {
        // given
        Map<String, Object> request = body("config", Map.of("spend", Map.of("autoApprove", 1)), "action", dispatch(1));

        // when
        PolicyValidationException error = rejected(request, NONE);

        // then
        assertThat(error.field()).isEqualTo("config.spend.autoApprove");
        assertThat(error.getMessage()).isEqualTo("config.spend.autoApprove is not a known setting");
    }

    @Test
    void nestedKillSwitchIsAnUnknownKey() {
        // given
        Map<String, Object> request = body("config", Map.of("spend", Map.of("killSwitch", true)), "action", dispatch(1));

        // when
        PolicyValidationException error = rejected(request, NONE);

        // then
        assertThat(error.field()).isEqualTo("config.spend.killSwitch");
    }

    @ParameterizedTest
    @CsvSource({
        "propertyId, 17, propertyId",
        "portfolioId, true, portfolioId",
        "config, text, config",
        "context, text, context"
    })
    void wrongTopLevelTypesAreRejected(String key, String value, String expectedField) {
        // given
        Object typed = switch (value) {
            case "17" -> 17;
            case "true" -> true;
            default -> value;
        };
        Map<String, Object> request = body(key, typed, "action", dispatch(1));

        // when
        PolicyValidationException error = rejected(request, NONE);

        // then
        assertThat(error.field()).isEqualTo(expectedField);
    }

    @Test
    void nonBooleanContextKillSwitchIsRejected() {
        // when
        PolicyValidationException error = rejected(body("context", Map.of("killSwitch", "yes"), "action", dispatch(1)), NONE);

        // then
        assertThat(error.field()).isEqualTo("context.killSwitch");
    }

    @Test
    void missingActionIsRejected() {
        // when
        PolicyValidationException error = rejected(body("propertyId", "prop-17"), NONE);

        // then
        assertThat(error.field()).isEqualTo("action");
    }

    @Test
    void missingActionTypeIsRejected() {
        // when
        PolicyValidationException error = rejected(body("action", Map.of("amount", 5)), NONE);

        // then
        assertThat(error.field()).isEqualTo("action.type");
    }

    @Test
    void missingBodyIsRejected() {
        // when
        PolicyValidationException error = rejected(null, NONE);

        // then
        assertThat(error.field()).isEqualTo("body");
    }

    @Test
    void unrecognisedTypeIsADecisionNotAnError() {
        // when
        EvaluationResult result = PolicyEvaluation.evaluate(body("action", Map.of("type", "vendor_dispatch")), NONE,
                false, CLOCK);

        // then
        assertThatDecision(result.decision()).isBlocked().hasReasons(UNKNOWN_ACTION_TYPE);
    }

    @Test
    void absentAtUsesTheCallersClock() {
        // given
        Map<String, Object> message = Map.of("type", "MESSAGE_SEND", "recipient", "TENANT", "intent", "FAQ",
                "timezone", "America/New_York");
        OffsetDateTime lateEvening = OffsetDateTime.parse("2026-01-14T22:00:00-05:00");

        // when
        EvaluationResult atNoon = PolicyEvaluation.evaluate(body("action", message), NONE, false, CLOCK);
        EvaluationResult atNight = PolicyEvaluation.evaluate(body("action", message), NONE, false, lateEvening);

        // then
        assertThatDecision(atNoon.decision()).hasReasons(ALLOWED_BY_DEFAULT);
        assertThatDecision(atNight.decision()).hasReasons(QUIET_HOURS_DEFERRED).hasNotBefore("2026-01-15T07:00:00-05:00");
    }

    @Test
    void portfolioIdSelectsThePortfolioPolicy() {
        // given
        List<StoredPolicy> stored = List.of(
                new StoredPolicy("pf", "portfolio", "pf-1", 4, true, Map.of("spend", Map.of("autoApproveMax", 100))));

        // when
        EvaluationResult inPortfolio = PolicyEvaluation.evaluate(body("portfolioId", "pf-1", "action", dispatch(200)),
                stored, false, CLOCK);
        EvaluationResult outside = PolicyEvaluation.evaluate(body("action", dispatch(200)), stored, false, CLOCK);

        // then
        assertThatDecision(inPortfolio.decision()).needsApproval();
        assertThat(inPortfolio.policyVersion()).isEqualTo(4);
        assertThatDecision(outside.decision()).isAllowed();
        assertThat(outside.policyVersion()).isZero();
    }

    @Test
    void requestBodyIsLeftUntouched() {
        // given
        Map<String, Object> config = new HashMap<>(Map.of("killSwitch", true, "spend", new HashMap<>(Map.of(
                "autoApproveMax", 500))));
        Map<String, Object> request = body("config", config, "action", dispatch(1));
        Map<String, Object> before = DeepCopy.map(request);

        // when
        PolicyEvaluation.evaluate(request, NONE, false, CLOCK);

        // then
        assertThat(request).isEqualTo(before);
    }
}
