/**
 * The sandbox's own time. {@link SandboxClock} starts at {@code opscore.sandbox.start-clock} after a
 * (re)seed and moves only when the world is advanced ({@code POST /sandbox/clock/advance},
 * {@code PUT /sandbox/clock}); it lives in {@code sandbox.world_state} with the seed and epoch, so a
 * restart keeps it. It is not a {@code java.time.Clock} bean: OpsCore's runtime keeps its own.
 */
package dev.opscore.ops.sandbox.clock;
