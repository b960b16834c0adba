package dev.opscore.db.policy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One stored version of a policy for a scope (seed's AgentPolicy). */
public record PolicyRow(UUID id, String scopeType, String scopeId, boolean active, Map<String, Object> config,
                        int version, String createdById, Instant createdAt, Instant updatedAt) {
}
