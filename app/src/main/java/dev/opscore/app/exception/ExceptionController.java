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
import jakarta.validation.Valid;
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

    private final ExceptionRows rows;
    private final ExceptionInbox inbox;

    ExceptionController(ExceptionRows rows, ExceptionInbox inbox) {
        this.rows = rows;
        this.inbox = inbox;
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

    private static void check(String field, String value, Enum<?>[] allowed) {
        if (value != null && Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
            throw new InvalidRequestException(field, "must be one of " + Arrays.toString(allowed));
        }
    }
}
