package dev.opscore.jobs.runtime;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.exception.ExceptionRow;
import dev.opscore.db.exception.ExceptionRows;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manager's decision on an exception that paused a run: recorded once on the exception (which
 * it resolves) and in the run's history as a DECISION signal, which resumes the run from its
 * paused step. Approval lets an APPROVAL-held step proceed; it never overrides a BLOCK (the step is
 * gated again, so e.g. turning the kill switch off and approving resumes it).
 */
@Service
public class RunDecisions {

    /** What a decision is. {@code vendorId}, {@code bidId} and {@code amount} are the changes of APPROVE_WITH_CHANGES. */
    public record ManagerDecision(DecisionKind kind, String vendorId, String bidId, BigDecimal amount, String note) {
    }

    /** What came of it. */
    public sealed interface Outcome {
        record Resumed(UUID exceptionId, UUID runId, DecisionKind kind) implements Outcome { }

        record NotFound(UUID exceptionId) implements Outcome { }

        record NothingPaused(UUID exceptionId) implements Outcome { }

        record AlreadyDecided(UUID exceptionId, String status) implements Outcome { }
    }

    private final ExceptionRows exceptions;
    private final SignalRouter router;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RunDecisions(ExceptionRows exceptions, SignalRouter router, AuditTrail audit, TransactionTemplate transaction,
                        Clock clock) {
        this.exceptions = exceptions;
        this.router = router;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Outcome decide(UUID exceptionId, ManagerDecision decision, String actor) {
        ExceptionRow item = exceptions.byId(exceptionId).orElse(null);
        if (item == null) {
            return new Outcome.NotFound(exceptionId);
        }
        if (item.runId() == null || item.stepOrder() == null) {
            return new Outcome.NothingPaused(exceptionId);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("exceptionId", exceptionId.toString());
        payload.put("stepOrder", item.stepOrder());
        payload.put("decision", decision.kind().name());
        payload.put("vendorId", decision.vendorId());
        payload.put("bidId", decision.bidId());
        payload.put("amount", decision.amount());
        payload.put("note", decision.note());
        payload.put("actor", actor);
        var now = clock.instant();
        Boolean recorded = transaction.execute(tx -> {
            if (!exceptions.decide(exceptionId, payload, actor, now)) {
                return false;
            }
            audit.append(actor, "EXCEPTION_DECIDED", "exception:" + exceptionId,
                    Map.of("decision", decision.kind().name(), "runId", item.runId().toString()), now);
            return true;
        });
        if (!Boolean.TRUE.equals(recorded)) {
            return new Outcome.AlreadyDecided(exceptionId, exceptions.byId(exceptionId).orElseThrow().status());
        }
        router.decide(item.runId(), "decision:" + exceptionId, payload);
        return new Outcome.Resumed(exceptionId, item.runId(), decision.kind());
    }
}
