package dev.opscore.ops.simulator.metrics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A run as it stood at the end of the month, with what its triage decided.
 *
 * @param outcome the recorded outcome; null when the run ended without one (or has not ended)
 * @param triage  the triage step's decision; null when the run never triaged (a routed signal)
 */
public record RunRecord(UUID id, String triggerRef, String status, String summary, Instant createdAt,
                        Instant completedAt, Outcome outcome, Triage triage) {

    /** What OpsCore's triage made of the trigger. */
    public record Triage(String intent, String category, String priority, List<String> riskFlags, Boolean escalate) {

        @Override
        public String toString() {
            return intent + (category == null ? "" : " " + category) + (priority == null ? "" : " " + priority)
                    + (riskFlags.isEmpty() ? "" : " " + riskFlags) + (Boolean.TRUE.equals(escalate) ? " escalate" : "");
        }
    }

    public boolean terminal() {
        return List.of("COMPLETED", "FAILED", "CANCELLED").contains(status);
    }

    /** The run handed its trigger to another run as a signal (a reply, an answer) and ended. */
    public boolean deliveredElsewhere() {
        return summary != null && summary.startsWith("Delivered to run");
    }

    /** The run added its trigger to a work order a vendor already had, and ended. */
    public boolean foldedIntoOpenOrder() {
        return summary != null && summary.startsWith("Added to open work order");
    }
}
