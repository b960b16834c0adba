package dev.opscore.app.policy;

import dev.opscore.app.web.InvalidRequestException;
import dev.opscore.db.policy.PolicyRow;
import dev.opscore.db.policy.PolicyRows;
import dev.opscore.db.setting.Settings;
import dev.opscore.policy.Decision;
import dev.opscore.policy.EvaluationResult;
import dev.opscore.policy.PolicyEvaluation;
import dev.opscore.policy.ReasonCode;
import dev.opscore.policy.StoredPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/agent/policies/evaluate}: a dry run of one action against the resolved policy. */
@RestController
class EvaluateController {

    private final PolicyRows policies;
    private final Settings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    EvaluateController(PolicyRows policies, Settings settings, Clock clock, MeterRegistry meters) {
        this.policies = policies;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** The contract's response; {@code notBefore} is ISO-8601 with the property zone's offset. */
    record EvaluateResponse(String outcome, List<ReasonCode> reasons, boolean escalate, String notBefore,
                            int policyVersion) {
    }

    @PostMapping("/api/agent/policies/evaluate")
    EvaluateResponse evaluate(@RequestBody Map<String, Object> body) {
        String propertyId = optionalString(body, "propertyId");
        String portfolioId = optionalString(body, "portfolioId");
        List<StoredPolicy> stored = policies.candidates(portfolioId, propertyId).stream()
                .map(EvaluateController::stored).toList();
        EvaluationResult result = PolicyEvaluation.evaluate(body, stored, settings.killSwitch(),
                OffsetDateTime.now(clock));
        Decision decision = result.decision();
        meters.counter("opscore.policy.decisions", "outcome", decision.outcome().name()).increment();
        String notBefore = decision.notBefore() == null ? null
                : decision.notBefore().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new EvaluateResponse(decision.outcome().name(), decision.reasons(), decision.escalate(), notBefore,
                result.policyVersion());
    }

    private static StoredPolicy stored(PolicyRow row) {
        return new StoredPolicy(row.id().toString(), row.scopeType(), row.scopeId(), row.version(), row.active(),
                row.config());
    }

    private static String optionalString(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidRequestException(field, "must be a string");
    }
}
