package dev.opscore.ops.sandbox.seed;

/** Published after the sandbox was wiped and rebuilt: whatever keeps run-time state (fault rules) starts over. */
public record WorldReset(long seed, int epoch) {
}
