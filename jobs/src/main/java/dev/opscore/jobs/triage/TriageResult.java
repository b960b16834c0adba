package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.List;

/**
 * How one tenant message was understood ({@code triage.md}'s response). {@code category} is null
 * unless the intent is MAINTENANCE_INTAKE or STATUS_UPDATE, {@code priority} unless it is
 * MAINTENANCE_INTAKE; {@code escalate} is true exactly when a flag is set or the priority is EMERGENCY.
 */
public record TriageResult(Intent intent, Category category, Priority priority, List<RiskFlag> riskFlags,
                           boolean escalate, double confidence, String language, List<String> evidence) {

    public TriageResult {
        riskFlags = List.copyOf(riskFlags);
        evidence = List.copyOf(evidence);
    }
}
