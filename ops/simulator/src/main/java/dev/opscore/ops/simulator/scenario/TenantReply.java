package dev.opscore.ops.simulator.scenario;

import java.time.Instant;

/** A tenant's answer to troubleshooting steps, sent when OpsCore asks (the driver decides when): fixed or not. */
public record TenantReply(Instant at, String propertyId, String tenantId, boolean fixed, String text)
        implements ScenarioEvent {
}
