package dev.opscore.ops.simulator.scenario;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import java.time.Instant;

/**
 * A problem reported by the building rather than a tenant (a leak sensor, the elevator company, the
 * fire panel, the night porter). {@code unitId} and {@code tenantId} are null for a common area; the
 * truth is a MAINTENANCE_INTAKE with the same category and priority.
 */
public record Incident(Instant at, String propertyId, String unitId, String tenantId, Category category,
                       Priority priority, GroundTruth truth) implements ScenarioEvent {
}
