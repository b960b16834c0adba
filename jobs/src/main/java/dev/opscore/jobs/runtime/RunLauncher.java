package dev.opscore.jobs.runtime;

import dev.opscore.db.event.EventRow;
import dev.opscore.db.event.EventRows;
import dev.opscore.db.run.RunRows;
import dev.opscore.jobs.intake.DedupeKeys;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts the run an accepted event leads to, exactly once: every path (the in-process fast path,
 * the queued job, a retry, another worker) calls {@link #process}; only the caller that acquires the
 * queued run drives it, the others find it taken or finished and return.
 */
@Component
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final EventRows events;
    private final RunRows runs;
    private final RunEngine engine;
    private final Clock clock;

    public RunLauncher(EventRows events, RunRows runs, RunEngine engine, Clock clock) {
        this.events = events;
        this.runs = runs;
        this.engine = engine;
        this.clock = clock;
    }

    public void process(UUID eventId) {
        EventRow event = events.byId(eventId).orElse(null);
        if (event == null || "PROCESSED".equals(event.status())) {
            return;
        }
        UUID runId = DedupeKeys.runId(event.runDedupeKey());
        Optional<RunStatus> outcome = engine.drive(runId, Set.of(RunStatus.QUEUED));
        boolean started = runs.byId(runId).map(run -> !RunStatus.QUEUED.name().equals(run.status())).orElse(false);
        if (started) {
            events.markProcessed(event.id(), runId, clock.instant());
        }
        outcome.ifPresent(status -> log.info("Run {} for event {} is {}", runId, eventId, status));
    }
}
