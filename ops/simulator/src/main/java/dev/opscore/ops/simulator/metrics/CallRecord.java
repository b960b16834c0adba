package dev.opscore.ops.simulator.metrics;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One PMS call in OpsCore's action log ({@code API_CALL}): the tool, its step, the policy's recorded
 * decision and reasons, and whether it went through ({@code executed}: a successful call; a failed one
 * is recorded with its typed failure instead of a response).
 *
 * @param amount the spend the call committed: a dispatch's not-to-exceed, an accepted bid's amount
 */
public record CallRecord(UUID runId, int stepOrder, String stepName, String tool, String policyDecision,
                         String policyReason, boolean executed, boolean transientFailure, BigDecimal amount) {

    public boolean approvedByManager() {
        return policyReason != null && policyReason.contains("APPROVED_BY_MANAGER");
    }
}
