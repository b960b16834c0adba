package dev.opscore.tools.pms.workorder;

import java.time.Instant;

/** Asks one vendor to bid by {@code dueBy}. */
public record BidRequest(String vendorId, Instant dueBy) {
}
