package dev.opscore.jobs.intake;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.event.EventRow;
import dev.opscore.db.event.EventRows;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.RunRows;
import dev.opscore.jobs.runtime.IdSource;
import dev.opscore.jobs.runtime.RunStatus;
import dev.opscore.jobs.runtime.Workflows;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable intake. One transaction stores the event (the outbox row) and opens its run as QUEUED;
 * only after the commit is it handed on, so an event the caller saw accepted is never lost: if this
 * process dies right after answering, the outbox relay of any process queues it.
 */
@Service
public class EventIntake {

    private final EventRows events;
    private final RunRows runs;
    private final Workflows workflows;
    private final AuditTrail audit;
    private final EventDispatcher dispatcher;
    private final TransactionTemplate transaction;
    private final IdSource ids;
    private final Clock clock;
    private final MeterRegistry meters;

    public EventIntake(EventRows events, RunRows runs, Workflows workflows, AuditTrail audit,
                       EventDispatcher dispatcher, TransactionTemplate transaction, IdSource ids, Clock clock,
                       MeterRegistry meters) {
        this.events = events;
        this.runs = runs;
        this.workflows = workflows;
        this.audit = audit;
        this.dispatcher = dispatcher;
        this.transaction = transaction;
        this.ids = ids;
        this.clock = clock;
        this.meters = meters;
    }

    /** Accepts the event once; a second delivery with the same dedupe key changes nothing. */
    public IntakeResult accept(NewEvent event, String actor) {
        EventRow row = toRow(event);
        IntakeResult result = transaction.execute(tx -> store(row, actor));
        if (result instanceof IntakeResult.Accepted) {
            meters.counter("opscore.events.accepted", "type", event.type().name()).increment();
            dispatcher.dispatch(row.id(), row.dedupeKey());
        }
        return result;
    }

    private IntakeResult store(EventRow row, String actor) {
        UUID runId = DedupeKeys.runId(row.runDedupeKey());
        if (!events.insertIfAbsent(row)) {
            EventRow existing = events.byDedupeKey(row.dedupeKey()).orElseThrow();
            return new IntakeResult.Duplicate(existing.id(), DedupeKeys.runId(existing.runDedupeKey()));
        }
        runs.insertIfAbsent(new RunRow(runId, row.triggerType(), row.type() + ":" + row.ref(), row.propertyId(),
                workflows.forTrigger(row).name(), RunStatus.QUEUED.name(), row.runDedupeKey(), row.id(),
                Map.of("eventId", row.id().toString()), null, null, null, null, null, row.receivedAt()));
        audit.append(actor, "EVENT_ACCEPTED", "event:" + row.id(), Map.of("type", row.type()), row.receivedAt());
        return new IntakeResult.Accepted(row.id(), runId);
    }

    private EventRow toRow(NewEvent event) {
        TriggerType trigger = event.type().triggerType();
        String dedupeKey = DedupeKeys.event(event.type(), event.ref(), event.propertyId());
        String runKey = DedupeKeys.run(trigger, event.type().name() + ":" + event.ref(), event.propertyId(),
                event.occurredAt());
        return new EventRow(ids.next(), trigger.code(), event.type().name(), event.ref(), event.propertyId(),
                event.occurredAt(), event.payload(), dedupeKey, runKey, "RECEIVED", clock.instant(), null, null, null);
    }
}
