package dev.opscore.db.run;

import java.time.Instant;
import java.util.UUID;

/** One planned or executed step of a run (seed's AgentStep). */
public record StepRow(UUID id, UUID runId, int stepOrder, String name, String status, Object input, Object output,
                      Instant startedAt, Instant completedAt, String error) {
}
