package dev.opscore.jobs.runtime;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wakes waiting runs whose time has come by the business clock, and takes over runs whose worker
 * died (lease expired). Every worker process sweeps; acquiring a run is atomic, so one of them gets it.
 */
@Component
@ConditionalOnProperty(name = "jobrunr.background-job-server.enabled", havingValue = "true")
class RunSweep {

    private static final Logger log = LoggerFactory.getLogger(RunSweep.class);

    private final RunEngine engine;
    private final dev.opscore.db.run.RunRows runs;
    private final Executor workers;
    private final Clock clock;

    RunSweep(RunEngine engine, dev.opscore.db.run.RunRows runs, @Qualifier("eventFastPath") Executor workers,
             Clock clock) {
        this.engine = engine;
        this.runs = runs;
        this.workers = workers;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${opscore.runtime.sweep-interval:1s}", initialDelayString = "2s")
    void sweep() {
        for (UUID runId : runs.dueOrStalled(clock.instant(), 20)) {
            try {
                workers.execute(() -> wake(runId));
            } catch (RejectedExecutionException busy) {
                wake(runId);
            }
        }
    }

    void wake(UUID runId) {
        try {
            engine.drive(runId, Set.of(RunStatus.WAITING));
        } catch (RuntimeException e) {
            log.warn("Waking run {} failed; the next sweep retries", runId, e);
        }
    }
}
