package dev.opscore.jobs.runtime;

import java.time.Clock;

/**
 * Wall time, for the one thing that runs on it: JobRunr's scheduler. Business time (SLA timers,
 * quiet hours, records) is the injected {@code Clock}, which may be virtual (the sandbox, the simulator).
 */
public record WallClock(Clock clock) {
}
