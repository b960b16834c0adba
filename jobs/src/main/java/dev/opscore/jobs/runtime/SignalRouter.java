package dev.opscore.jobs.runtime;

import dev.opscore.db.run.RunRows;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Routes something that happened (a vendor's answer, a status change, a tenant's reply, a
 * manager's decision) to the run that registered its correlation key, as a signal in that run's
 * history, and wakes the run if it is waiting. A signal from the same source is delivered once.
 */
@Component
public class SignalRouter {

    private final RunRows runs;
    // the engine runs the workflows, and the workflows route signals here: a provider breaks the cycle
    private final ObjectProvider<RunEngine> engine;
    private final Executor workers;
    private final IdSource ids;
    private final Clock clock;

    public SignalRouter(RunRows runs, ObjectProvider<RunEngine> engine, @Qualifier("eventFastPath") Executor workers, IdSource ids,
                        Clock clock) {
        this.runs = runs;
        this.engine = engine;
        this.workers = workers;
        this.ids = ids;
        this.clock = clock;
    }

    /** The run holding {@code key}, if one does and it has not finished. */
    public Optional<UUID> holder(String key) {
        return runs.runForKey(key).filter(runId -> runs.byId(runId)
                .map(run -> !RunStatus.valueOf(run.status()).terminal()).orElse(false));
    }

    /** Appends an EVENT signal to the run and wakes it; false when the source was delivered before. */
    public boolean deliver(UUID runId, String source, Map<String, Object> payload) {
        boolean fresh = runs.appendSignal(ids.next(), runId, "EVENT", source, payload, clock.instant());
        if (fresh) {
            wake(runId, Set.of(RunStatus.WAITING));
        }
        return fresh;
    }

    /** Appends a manager's DECISION and resumes the paused run. */
    public boolean decide(UUID runId, String source, Map<String, Object> payload) {
        boolean fresh = runs.appendSignal(ids.next(), runId, "DECISION", source, payload, clock.instant());
        if (fresh) {
            wake(runId, Set.of(RunStatus.ESCALATED, RunStatus.WAITING));
        }
        return fresh;
    }

    private void wake(UUID runId, Set<RunStatus> from) {
        // the sweep picks the run up by its timer if no worker thread is free here
        runs.wakeNow(runId, clock.instant());
        try {
            workers.execute(() -> engine.getObject().drive(runId, from));
        } catch (RejectedExecutionException noWorkers) {
            if (from.contains(RunStatus.ESCALATED)) {
                runs.transition(runId, Set.of(RunStatus.ESCALATED.name()), RunStatus.WAITING.name(), clock.instant(),
                        null, null);
                runs.wakeNow(runId, clock.instant());
            }
        }
    }
}
