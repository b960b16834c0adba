package dev.opscore.jobs.runtime;

import dev.opscore.db.policy.PolicyRow;
import dev.opscore.db.policy.PolicyRows;
import dev.opscore.db.setting.Settings;
import dev.opscore.policy.EvaluationResult;
import dev.opscore.policy.PolicyConfig;
import dev.opscore.policy.PolicyEvaluation;
import dev.opscore.policy.ScopeResolution;
import dev.opscore.policy.StoredPolicy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The policy engine as the runtime uses it before every side effect: the stored policies of the
 * property's scopes and the stored kill switch, the action at the given time in the property's zone.
 * The same code path as {@code POST /api/agent/policies/evaluate}, so a dry run predicts the runtime.
 */
@Component
public class PolicyGate {

    private final PolicyRows policies;
    private final Settings settings;

    public PolicyGate(PolicyRows policies, Settings settings) {
        this.policies = policies;
        this.settings = settings;
    }

    /** The property's scope: its portfolio and zone come from the run's context. */
    public record Scope(String portfolioId, String propertyId, String timezone) {

        ZoneId zone() {
            return timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone);
        }
    }

    public EvaluationResult evaluate(Scope scope, Map<String, Object> action, Instant at) {
        Map<String, Object> body = new HashMap<>();
        body.put("propertyId", scope.propertyId());
        body.put("portfolioId", scope.portfolioId());
        Map<String, Object> timed = new LinkedHashMap<>(action);
        timed.put("at", OffsetDateTime.ofInstant(at, scope.zone()).toString());
        timed.put("timezone", scope.zone().getId());
        body.put("action", timed);
        return PolicyEvaluation.evaluate(body, stored(scope), settings.killSwitch(), OffsetDateTime.ofInstant(at, scope.zone()));
    }

    /** The configuration in force for the property (defaults, then global, portfolio, property). */
    public PolicyConfig config(Scope scope) {
        var resolved = ScopeResolution.resolve(stored(scope), scope.portfolioId(), scope.propertyId());
        return PolicyConfig.fromMap(resolved.config(), "config");
    }

    private List<StoredPolicy> stored(Scope scope) {
        return policies.candidates(scope.portfolioId(), scope.propertyId()).stream().map(PolicyGate::stored).toList();
    }

    private static StoredPolicy stored(PolicyRow row) {
        return new StoredPolicy(row.id().toString(), row.scopeType(), row.scopeId(), row.version(), row.active(),
                row.config());
    }
}
