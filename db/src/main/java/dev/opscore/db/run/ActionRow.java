package dev.opscore.db.run;

import java.time.Instant;
import java.util.UUID;

/** One decision or side effect of a run (seed's AgentActionLog); payloads are already redacted. */
public record ActionRow(UUID id, UUID runId, UUID stepId, String actionType, String target, Object request,
                        Object response, String policyDecision, String policyReason, Instant createdAt) {
}
