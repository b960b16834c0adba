package dev.opscore.ops.sandbox.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock OpsCore runs on while the sandbox is its PMS: the world's time once the world exists,
 * its configured start before (while the application starts). So SLA timers, quiet hours and waits run
 * on the same virtual time as the vendors and tenants they wait for, and a test or the simulator
 * that advances the world advances OpsCore with it.
 */
final class WorldTimeClock extends Clock {

    private final SandboxClock world;
    private final Instant start;
    private final ZoneId zone;

    WorldTimeClock(SandboxClock world, Instant start, ZoneId zone) {
        this.world = world;
        this.start = start;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new WorldTimeClock(world, start, other);
    }

    @Override
    public Instant instant() {
        return world.find().map(WorldState::now).orElse(start);
    }
}
