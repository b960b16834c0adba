package dev.opscore.policy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole dry run behind {@code POST /api/agent/policies/evaluate}: reads the request, resolves
 * the stored policies, merges the request's {@code config} last, validates the merged
 * configuration and the action, and evaluates.
 *
 * <p>Request body: {@code {propertyId?, portfolioId?, config?, context?: {killSwitch?}, action}}.
 * A {@code killSwitch} key inside {@code config} is ignored; {@code context.killSwitch}, when
 * given, decides, else the stored global flag does. Other unknown top-level keys are ignored.
 */
public final class PolicyEvaluation {

    private static final PolicyEngine ENGINE = new PolicyEngine();

    private PolicyEvaluation() {
    }

    /**
     * @param body             the request JSON parsed into Map/List/String/Number/Boolean/null
     * @param stored           all stored policies for the scopes in question (global, the
     *                         portfolio, the property), active or not
     * @param storedKillSwitch the stored global kill switch flag
     * @param defaultAt        the caller's clock time, used when {@code action.at} is absent
     * @throws PolicyValidationException for a malformed request or an invalid merged configuration,
     *                                   naming the field; the caller answers 400
     */
    public static EvaluationResult evaluate(Map<String, Object> body, List<StoredPolicy> stored,
                                            boolean storedKillSwitch, OffsetDateTime defaultAt) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(defaultAt, "defaultAt");
        if (body == null) {
            throw JsonValues.invalid("body", "is required");
        }
        JsonObjectReader request = JsonObjectReader.of(body, "");
        String propertyId = request.optionalString("propertyId").orElse(null);
        String portfolioId = request.optionalString("portfolioId").orElse(null);
        Map<String, Object> overlay = configOverlay(request);
        boolean killSwitch = contextKillSwitch(request).orElse(storedKillSwitch);
        Object actionJson = request.required("action");

        ScopeResolution.Resolved resolved = ScopeResolution.resolve(stored, portfolioId, propertyId);
        PolicyConfig config = PolicyConfig.fromMap(ConfigMerge.mergeInto(resolved.config(), overlay), "config");
        Action action = ActionParser.parse(actionJson, "action", defaultAt);
        return new EvaluationResult(ENGINE.evaluate(config, action, killSwitch), resolved.version());
    }

    /** The request's {@code config} without its ignored {@code killSwitch}; empty when absent. */
    private static Map<String, Object> configOverlay(JsonObjectReader request) {
        Map<String, Object> overlay = request.optionalObject("config").map(JsonObjectReader::copy).orElseGet(HashMap::new);
        overlay.remove("killSwitch");
        return overlay;
    }

    private static Optional<Boolean> contextKillSwitch(JsonObjectReader request) {
        return request.optionalObject("context")
                .flatMap(context -> context.optional("killSwitch")
                        .map(value -> JsonValues.bool(value, context.pathOf("killSwitch"))));
    }
}
