package dev.opscore.jobs.runtime;

import java.time.Instant;
import java.util.UUID;

/**
 * The port through which a waiting run asks to be woken at a time of the business clock. JobRunr
 * is the production adapter; the sweep ({@link RunSweep}) wakes whatever is due by the clock as
 * well, which is how runs on virtual time (the sandbox, the simulator) are woken with the same code.
 */
public interface WakeScheduler {

    void wakeAt(UUID runId, Instant at);
}
