package dev.opscore.ops.simulator.driver;

import java.time.Instant;
import java.util.UUID;

/** A tenant's answer to troubleshooting steps, as sent. */
public record TenantReplied(UUID runId, int taskIndex, Instant at, boolean fixed) {
}
