package dev.opscore.jobs.exception;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.exception.ExceptionRow;
import dev.opscore.db.exception.ExceptionRows;
import dev.opscore.jobs.runtime.IdSource;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The manager's single inbox: the runtime opens items in it, managers acknowledge and resolve them. */
@Service
public class ExceptionInbox {

    /** What a status change found. */
    public sealed interface Outcome {
        record Moved(ExceptionRow item) implements Outcome { }

        record NotFound(UUID id) implements Outcome { }

        record NotAllowed(UUID id, ExceptionStatus from, ExceptionStatus to) implements Outcome { }
    }

    private final ExceptionRows rows;
    private final AuditTrail audit;
    private final IdSource ids;
    private final Clock clock;

    public ExceptionInbox(ExceptionRows rows, AuditTrail audit, IdSource ids, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public ExceptionRow open(NewException exception) {
        return open(exception, null);
    }

    /** Opens an item; {@code stepOrder} is the run's paused step a decision resumes (null: nothing paused). */
    public ExceptionRow open(NewException exception, Integer stepOrder) {
        var now = clock.instant();
        ExceptionRow row = new ExceptionRow(ids.next(), exception.runId(), exception.propertyId(),
                exception.severity().name(), exception.category().name(), exception.title(),
                exception.context().summary(), exception.context().asMap(), ExceptionStatus.OPEN.name(),
                exception.requiresBy(), null, null, now, stepOrder, null);
        rows.insert(row);
        audit.append("agent", "EXCEPTION_OPENED", "exception:" + row.id(), Map.of("severity", row.severity(),
                "category", row.category(), "reasonCodes", exception.context().reasonCodes()), now);
        return row;
    }

    /** Acknowledges or resolves an item, as its lifecycle allows. */
    public Outcome move(UUID id, ExceptionStatus to, String actor) {
        var now = clock.instant();
        if (rows.transition(id, ExceptionStatus.sourcesOf(to), to.name(), actor, now)) {
            audit.append(actor, "EXCEPTION_" + to.name(), "exception:" + id, Map.of(), now);
            return new Outcome.Moved(rows.byId(id).orElseThrow());
        }
        return rows.byId(id)
                .<Outcome>map(item -> new Outcome.NotAllowed(id, ExceptionStatus.valueOf(item.status()), to))
                .orElse(new Outcome.NotFound(id));
    }
}
