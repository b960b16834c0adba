package dev.opscore.ops.sandbox.inspection;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.property.References;
import dev.opscore.ops.sandbox.store.IdCounters;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.web.ConflictException;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.inspection.Inspection;
import dev.opscore.tools.pms.inspection.InspectionResult;
import dev.opscore.tools.pms.inspection.InspectionsApi;
import dev.opscore.tools.pms.inspection.NewInspection;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inspections*}. */
@RestController
@ConditionalOnSandbox
class InspectionsController implements InspectionsApi {

    private static final int MAX_FINDINGS = 4000;

    private final InspectionRows rows;
    private final References references;
    private final IdCounters ids;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;

    InspectionsController(InspectionRows rows, References references, IdCounters ids, SandboxClock clock,
                          SandboxTransactions transactions) {
        this.rows = rows;
        this.references = references;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Inspection schedule(String idempotencyKey, NewInspection body) {
        Instant now = clock.instant();
        Validation validation = new Validation()
                .required("propertyId", body.propertyId())
                .required("type", body.type())
                .required("scheduledFor", body.scheduledFor())
                .check(body.scheduledFor() == null || body.scheduledFor().isAfter(now), "scheduledFor",
                        "must be after the sandbox's current time " + now)
                .check(!needsUnit(body.type()) || body.unitId() != null, "unitId",
                        "is required for a " + body.type() + " inspection");
        references.place(validation, body.propertyId(), body.unitId(), null).throwIfInvalid();
        return transactions.inTransaction(() -> {
            IdCounters.Minted id = ids.next("insp");
            Inspection inspection = new Inspection(id.id(), body.propertyId(), body.unitId(), body.type(),
                    body.scheduledFor(), Inspection.InspectionStatus.SCHEDULED, null, null);
            rows.insert(inspection, id.seq());
            return inspection;
        });
    }

    @Override
    public Page<Inspection> list(String propertyId, Inspection.InspectionStatus status, int page, int size) {
        return rows.list(propertyId, status, Paging.of(page, size));
    }

    @Override
    public Inspection get(String id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("inspection", id));
    }

    @Override
    public Inspection complete(String idempotencyKey, String id, InspectionResult body) {
        new Validation().required("findings", body.findings()).maxLength("findings", body.findings(), MAX_FINDINGS)
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            Inspection current = rows.lock(id).orElseThrow(() -> new NotFoundException("inspection", id));
            if (current.status() != Inspection.InspectionStatus.SCHEDULED) {
                throw new ConflictException("inspection " + id + " is " + current.status()
                        + "; only a SCHEDULED inspection takes a result",
                        Map.of("reason", "INSPECTION_NOT_SCHEDULED", "status", current.status().name()));
            }
            Inspection done = new Inspection(id, current.propertyId(), current.unitId(), current.type(),
                    current.scheduledFor(), Inspection.InspectionStatus.COMPLETED, body.findings(), clock.instant());
            rows.complete(done);
            return done;
        });
    }

    private static boolean needsUnit(Inspection.InspectionType type) {
        return type == Inspection.InspectionType.MOVE_IN || type == Inspection.InspectionType.MOVE_OUT;
    }
}
