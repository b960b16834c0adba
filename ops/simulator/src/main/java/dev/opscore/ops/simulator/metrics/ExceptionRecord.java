package dev.opscore.ops.simulator.metrics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An item of the exceptions inbox at the end of the month; {@code stepOrder} is set when it paused its run. */
public record ExceptionRecord(UUID id, UUID runId, String severity, String category, String title, String status,
                              Integer stepOrder, Instant createdAt, List<String> reasonCodes) {
}
