package dev.opscore.ops.simulator.scenario;

import java.time.Instant;

/** A tenant writes in: the text as sent, and what it really is. */
public record TenantMessage(Instant at, String propertyId, String unitId, String tenantId, String text,
                            GroundTruth truth) implements ScenarioEvent {
}
