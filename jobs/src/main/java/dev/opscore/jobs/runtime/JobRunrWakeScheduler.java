package dev.opscore.jobs.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.stereotype.Component;

/**
 * The production {@link WakeScheduler}: a JobRunr job scheduled at the wake time, with an id derived
 * from run and time, so scheduling the same wake twice schedules it once. JobRunr runs on wall time;
 * the wait is measured on the business clock, so the job is due after the same duration.
 */
@Component
class JobRunrWakeScheduler implements WakeScheduler {

    private final JobRequestScheduler scheduler;
    private final Clock clock;
    private final WallClock wall;

    JobRunrWakeScheduler(JobRequestScheduler scheduler, Clock clock, WallClock wall) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.wall = wall;
    }

    @Override
    public void wakeAt(UUID runId, Instant at) {
        Duration wait = Duration.between(clock.instant(), at);
        Instant wallTime = wall.clock().instant().plus(wait.isNegative() ? Duration.ZERO : wait);
        UUID jobId = UUID.nameUUIDFromBytes(("wake:" + runId + ":" + at).getBytes(StandardCharsets.UTF_8));
        scheduler.schedule(jobId, wallTime, new WakeRun(runId));
    }
}
