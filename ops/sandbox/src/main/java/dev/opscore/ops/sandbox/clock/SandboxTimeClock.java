package dev.opscore.ops.sandbox.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** {@link SandboxClock} seen as a {@code java.time.Clock}, for code that takes one. */
final class SandboxTimeClock extends Clock {

    private final SandboxClock source;
    private final ZoneId zone;

    SandboxTimeClock(SandboxClock source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SandboxTimeClock(source, other);
    }

    @Override
    public Instant instant() {
        return source.instant();
    }
}
