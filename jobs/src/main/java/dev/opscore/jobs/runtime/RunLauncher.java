package dev.opscore.jobs.runtime;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.event.EventRow;
import dev.opscore.db.event.EventRows;
import dev.opscore.db.run.RunRows;
import dev.opscore.jobs.intake.DedupeKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes the run an accepted event leads to, exactly once: every path (the in-process fast path,
 * the queued job, a retry, another worker) calls {@link #process}; only the caller that claims the
 * queued run executes it, the others find it claimed or finished and return.
 */
@Component
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final EventRows events;
    private final RunRows runs;
    private final Workflows workflows;
    private final RunJournal journal;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final WorkerName worker;
    private final MeterRegistry meters;

    public RunLauncher(EventRows events, RunRows runs, Workflows workflows, RunJournal journal, AuditTrail audit,
                       TransactionTemplate transaction, Clock clock, WorkerName worker, MeterRegistry meters) {
        this.events = events;
        this.runs = runs;
        this.workflows = workflows;
        this.journal = journal;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.worker = worker;
        this.meters = meters;
    }

    /** Processes the event's run unless another caller has; a failure rolls back and propagates for a retry. */
    public void process(UUID eventId) {
        EventRow event = events.byId(eventId).orElse(null);
        if (event == null || "PROCESSED".equals(event.status())) {
            return;
        }
        UUID runId = DedupeKeys.runId(event.runDedupeKey());
        RunStatus outcome = transaction.execute(tx -> runClaimed(event, runId));
        if (outcome != null) {
            meters.counter("opscore.runs.finished", "status", outcome.name()).increment();
            log.info("Run {} for event {} ended {}", runId, eventId, outcome);
        }
    }

    private RunStatus runClaimed(EventRow event, UUID runId) {
        var now = clock.instant();
        if (!runs.claim(runId, worker.value(), now)) {
            events.markProcessed(event.id(), runId, now);
            return null;
        }
        var run = runs.byId(runId).orElseThrow();
        Workflow workflow = workflows.named(run.workflow());
        audit.append("agent", "RUN_STARTED", "run:" + runId, Map.of("workflow", workflow.name(), "worker", worker.value()), now);
        String summary = workflow.execute(new RunContext(run, event), journal);
        var end = clock.instant();
        runs.transition(runId, RunStatus.sourcesOf(RunStatus.COMPLETED), RunStatus.COMPLETED.name(), end, summary, null);
        events.markProcessed(event.id(), runId, end);
        audit.append("agent", "RUN_COMPLETED", "run:" + runId, Map.of("workflow", workflow.name()), end);
        return RunStatus.COMPLETED;
    }
}
