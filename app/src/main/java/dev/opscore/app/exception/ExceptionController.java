package dev.opscore.app.exception;

import dev.opscore.app.web.ConflictException;
import dev.opscore.app.web.InvalidRequestException;
import dev.opscore.app.web.NotFoundException;
import dev.opscore.db.exception.ExceptionRow;
import dev.opscore.db.exception.ExceptionRows;
import dev.opscore.jobs.exception.ExceptionCategory;
import dev.opscore.jobs.exception.ExceptionInbox;
import dev.opscore.jobs.exception.ExceptionStatus;
import dev.opscore.jobs.exception.Severity;
import dev.opscore.jobs.runtime.DecisionKind;
import dev.opscore.jobs.runtime.RunDecisions;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The exceptions inbox (seed 3.4): listed by severity then due-by, filterable; acknowledge and resolve. */
@RestController
class ExceptionController {

    private static final int MAX_PAGE_SIZE = 200;

    private static final int MAX_NOTE = 2000;

    private final ExceptionRows rows;
    private final ExceptionInbox inbox;
    private final RunDecisions decisions;

    ExceptionController(ExceptionRows rows, ExceptionInbox inbox, RunDecisions decisions) {
        this.rows = rows;
        this.inbox = inbox;
        this.decisions = decisions;
    }

    /** The decision payload: APPROVE, REJECT, or APPROVE_WITH_CHANGES with another vendor, bid or amount. */
    record DecisionRequest(String decision, String vendorId, String bidId, BigDecimal amount, String note) {
    }

    record DecisionResponse(UUID exceptionId, UUID runId, String decision) {
    }

    record ExceptionList(List<ExceptionRow> items, int page, int size, long total) {
    }

    /** {@code status}: ACK or RESOLVED. */
    record StatusChange(@NotNull ExceptionStatus status) {
    }

    @GetMapping("/api/agent/exceptions")
    ExceptionList list(@RequestParam(required = false) String status, @RequestParam(required = false) String severity,
                       @RequestParam(required = false) String category,
                       @RequestParam(required = false) String propertyId,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        check("status", status, ExceptionStatus.values());
        check("severity", severity, Severity.values());
        check("category", category, ExceptionCategory.values());
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        var filter = new ExceptionRows.Filter(status, severity, category, propertyId);
        return new ExceptionList(rows.page(filter, page, size), page, size, rows.count(filter));
    }

    @PatchMapping("/api/agent/exceptions/{id}")
    ExceptionRow change(@PathVariable UUID id, @Valid @RequestBody StatusChange request, Principal principal) {
        if (request.status() == ExceptionStatus.OPEN) {
            throw new InvalidRequestException("status", "must be ACK or RESOLVED");
        }
        var outcome = inbox.move(id, request.status(), principal.getName());
        if (outcome instanceof ExceptionInbox.Outcome.NotFound) {
            throw new NotFoundException("No exception " + id);
        }
        if (outcome instanceof ExceptionInbox.Outcome.NotAllowed refused) {
            throw new ConflictException("Exception " + id + " is " + refused.from() + " and cannot become " + refused.to());
        }
        return ((ExceptionInbox.Outcome.Moved) outcome).item();
    }

    @PostMapping("/api/agent/exceptions/{id}/decision")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DecisionResponse decide(@PathVariable UUID id, @RequestBody DecisionRequest request, Principal principal) {
        var outcome = decisions.decide(id, parse(request), principal.getName());
        if (outcome instanceof RunDecisions.Outcome.NotFound) {
            throw new NotFoundException("No exception " + id);
        }
        if (outcome instanceof RunDecisions.Outcome.NothingPaused) {
            throw new ConflictException("Exception " + id + " did not pause a run; acknowledge or resolve it instead");
        }
        if (outcome instanceof RunDecisions.Outcome.AlreadyDecided decided) {
            throw new ConflictException("Exception " + id + " is already decided or " + decided.status());
        }
        var resumed = (RunDecisions.Outcome.Resumed) outcome;
        return new DecisionResponse(resumed.exceptionId(), resumed.runId(), resumed.kind().name());
    }

    private static RunDecisions.ManagerDecision parse(DecisionRequest request) {
        if (request.decision() == null || request.decision().isBlank()) {
            throw new InvalidRequestException("decision", "is required: APPROVE, REJECT or APPROVE_WITH_CHANGES");
        }
        check("decision", request.decision(), DecisionKind.values());
        DecisionKind kind = DecisionKind.valueOf(request.decision());
        boolean changes = request.vendorId() != null || request.bidId() != null || request.amount() != null;
        if (kind == DecisionKind.APPROVE_WITH_CHANGES && !changes) {
            throw new InvalidRequestException("decision", "APPROVE_WITH_CHANGES needs a vendorId, bidId or amount");
        }
        if (kind != DecisionKind.APPROVE_WITH_CHANGES && changes) {
            throw new InvalidRequestException(request.vendorId() != null ? "vendorId"
                    : request.bidId() != null ? "bidId" : "amount", "is only taken with APPROVE_WITH_CHANGES");
        }
        if (request.amount() != null && request.amount().signum() < 0) {
            throw new InvalidRequestException("amount", "must be 0 or more");
        }
        if (request.vendorId() != null && request.vendorId().isBlank()) {
            throw new InvalidRequestException("vendorId", "must not be blank");
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            throw new InvalidRequestException("note", "must be at most " + MAX_NOTE + " characters");
        }
        return new RunDecisions.ManagerDecision(kind, request.vendorId(), request.bidId(), request.amount(),
                request.note());
    }

    private static void check(String field, String value, Enum<?>[] allowed) {
        if (value != null && Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
            throw new InvalidRequestException(field, "must be one of " + Arrays.toString(allowed));
        }
    }
}
