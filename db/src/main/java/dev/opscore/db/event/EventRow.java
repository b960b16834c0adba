package dev.opscore.db.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One accepted trigger in {@code agent_event}: the intake's durable record and the queue's outbox. */
public record EventRow(UUID id, String triggerType, String type, String ref, String propertyId, Instant occurredAt,
                       Map<String, Object> payload, String dedupeKey, String runDedupeKey, String status,
                       Instant receivedAt, Instant enqueuedAt, Instant processedAt, UUID runId) {
}
