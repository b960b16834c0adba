package dev.opscore.ops.simulator.driver;

import java.time.Instant;
import java.util.UUID;

/** One answer the manager gave to an exception: a decision on a paused run, or resolving the item. */
public record ManagerTouch(UUID exceptionId, UUID runId, Instant at, String severity, String category, String action) {
}
