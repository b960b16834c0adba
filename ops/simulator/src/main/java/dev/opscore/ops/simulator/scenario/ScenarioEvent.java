package dev.opscore.ops.simulator.scenario;

import java.time.Instant;

/** Something that happens in the simulated month, at an instant, at a property. */
public sealed interface ScenarioEvent permits TenantMessage, Incident, PmTaskDue, TenantReply {

    Instant at();

    String propertyId();
}
