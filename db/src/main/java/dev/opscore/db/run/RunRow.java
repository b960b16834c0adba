package dev.opscore.db.run;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One agent run (seed's AgentRun). */
public record RunRow(UUID id, String triggerType, String triggerRef, String propertyId, String workflow,
                     String status, String dedupeKey, UUID eventId, Map<String, Object> context, String worker,
                     Instant startedAt, Instant completedAt, String summary, String error, Instant createdAt) {
}
