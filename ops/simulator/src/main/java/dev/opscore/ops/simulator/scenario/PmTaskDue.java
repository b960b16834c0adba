package dev.opscore.ops.simulator.scenario;

import java.time.Instant;

/** A preventive-maintenance schedule falls due (at 06:00 local, when the morning schedule run sees it). */
public record PmTaskDue(Instant at, String propertyId, String pmScheduleId) implements ScenarioEvent {
}
