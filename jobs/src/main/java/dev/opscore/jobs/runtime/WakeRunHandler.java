package dev.opscore.jobs.runtime;

import dev.opscore.db.run.RunRows;
import java.time.Clock;
import java.util.Set;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/** Runs a {@link WakeRun}: a run not yet due, or already woken by the sweep or a signal, is left alone. */
@Component
public class WakeRunHandler implements JobRequestHandler<WakeRun> {

    private final RunEngine engine;
    private final RunRows runs;
    private final Clock clock;

    public WakeRunHandler(RunEngine engine, RunRows runs, Clock clock) {
        this.engine = engine;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    @Job(name = "Wake run %0", retries = 3)
    public void run(WakeRun request) {
        if (runs.due(request.runId(), clock.instant())) {
            engine.drive(request.runId(), Set.of(RunStatus.WAITING));
        }
    }
}
