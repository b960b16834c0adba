package dev.opscore.ops.simulator.driver;

import java.time.Instant;

/** What a tenant answers to troubleshooting steps, and when. */
public record TenantAnswer(Instant at, String text, boolean fixed) {
}
