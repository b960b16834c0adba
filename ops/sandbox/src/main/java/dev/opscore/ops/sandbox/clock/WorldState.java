package dev.opscore.ops.sandbox.clock;

import java.time.Instant;

/**
 * The world's settings: the seed it was built from, its epoch (how many times it was built; it
 * prefixes webhook refs), its clock and where that clock started.
 */
public record WorldState(long seed, int epoch, Instant now, Instant startedAt) {
}
