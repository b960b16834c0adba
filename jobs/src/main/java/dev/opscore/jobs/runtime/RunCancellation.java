package dev.opscore.jobs.runtime;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.run.RunRows;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Cancels a run between steps; a finished run cannot be cancelled. */
@Service
public class RunCancellation {

    /** What a cancel request found. */
    public sealed interface Outcome {
        record Cancelled(UUID runId) implements Outcome { }

        record NotFound(UUID runId) implements Outcome { }

        record AlreadyFinished(UUID runId, RunStatus status) implements Outcome { }
    }

    private final RunRows runs;
    private final AuditTrail audit;
    private final Clock clock;

    public RunCancellation(RunRows runs, AuditTrail audit, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome cancel(UUID runId, String actor) {
        var now = clock.instant();
        if (runs.transition(runId, RunStatus.sourcesOf(RunStatus.CANCELLED), RunStatus.CANCELLED.name(), now,
                "Cancelled by " + actor, null)) {
            // a cancelled run routes nothing any more: a later run may take its correlation keys
            runs.releaseKeys(runId);
            audit.append(actor, "RUN_CANCELLED", "run:" + runId, Map.of(), now);
            return new Outcome.Cancelled(runId);
        }
        return runs.byId(runId)
                .<Outcome>map(run -> new Outcome.AlreadyFinished(runId, RunStatus.valueOf(run.status())))
                .orElse(new Outcome.NotFound(runId));
    }
}
