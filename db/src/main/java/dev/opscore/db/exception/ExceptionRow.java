package dev.opscore.db.exception;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One item of the manager's exception inbox (seed's AgentException); {@code context} is the context pack,
 * {@code stepOrder} the paused step a decision resumes (null: nothing paused), {@code decision} the manager's. */
public record ExceptionRow(UUID id, UUID runId, String propertyId, String severity, String category, String title,
                           String details, Map<String, Object> context, String status, Instant requiresBy,
                           String resolvedById, Instant resolvedAt, Instant createdAt, Integer stepOrder,
                           Map<String, Object> decision) {
}
