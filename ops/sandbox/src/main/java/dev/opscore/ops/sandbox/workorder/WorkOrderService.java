package dev.opscore.ops.sandbox.workorder;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.property.References;
import dev.opscore.ops.sandbox.store.IdCounters;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.web.ConflictException;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.tools.pms.workorder.NewNote;
import dev.opscore.tools.pms.workorder.NewWorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderChanges;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Creating, editing and annotating work orders; status moves go through {@link WorkOrderLifecycle}. */
@Service
@ConditionalOnSandbox
class WorkOrderService {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;

    private final WorkOrderRows rows;
    private final WorkOrderLifecycle lifecycle;
    private final References references;
    private final IdCounters ids;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;

    WorkOrderService(WorkOrderRows rows, WorkOrderLifecycle lifecycle, References references, IdCounters ids,
                     SandboxClock clock, SandboxTransactions transactions) {
        this.rows = rows;
        this.lifecycle = lifecycle;
        this.references = references;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    WorkOrder create(NewWorkOrder body) {
        Validation validation = new Validation()
                .required("propertyId", body.propertyId())
                .required("category", body.category())
                .required("priority", body.priority())
                .required("title", body.title())
                .maxLength("title", body.title(), MAX_TITLE)
                .maxLength("description", body.description(), MAX_TEXT)
                .money("estimatedCost", body.estimatedCost())
                .httpUrls("photoUrls", body.photoUrls());
        references.place(validation, body.propertyId(), body.unitId(), body.tenantId()).throwIfInvalid();
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            IdCounters.Minted id = ids.next("wo");
            WorkOrderDraft d = new WorkOrderDraft();
            d.id = id.id();
            d.seq = id.seq();
            d.propertyId = body.propertyId();
            d.unitId = body.unitId();
            d.tenantId = body.tenantId();
            d.category = body.category();
            d.priority = body.priority();
            d.status = WorkOrderStatus.NEW;
            d.title = body.title().strip();
            d.description = body.description();
            d.estimatedCost = body.estimatedCost();
            d.photoUrls = body.photoUrls() == null ? List.of() : body.photoUrls();
            d.notes = List.of();
            d.createdAt = now;
            d.updatedAt = now;
            rows.insert(d.toRecord());
            return rows.find(d.id).orElseThrow().order();
        });
    }

    WorkOrder update(String id, WorkOrderChanges changes) {
        new Validation()
                .notBlankIfPresent("title", changes.title())
                .maxLength("title", changes.title(), MAX_TITLE)
                .maxLength("description", changes.description(), MAX_TEXT)
                .money("estimatedCost", changes.estimatedCost())
                .money("actualCost", changes.actualCost())
                .httpUrls("photoUrls", changes.photoUrls())
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            WorkOrderDraft d = new WorkOrderDraft(lifecycle.lockExisting(id));
            if (d.status == WorkOrderStatus.CLOSED || d.status == WorkOrderStatus.CANCELLED) {
                throw new ConflictException("work order " + id + " is " + d.status + " and can no longer be edited",
                        Map.of("reason", "WORK_ORDER_FINAL", "status", d.status.name()));
            }
            apply(d, changes);
            d.updatedAt = clock.instant();
            rows.update(d.toRecord());
            return rows.find(id).orElseThrow().order();
        });
    }

    WorkOrder addNote(String id, NewNote note) {
        new Validation()
                .required("author", note.author())
                .maxLength("author", note.author(), MAX_TITLE)
                .required("text", note.text())
                .maxLength("text", note.text(), MAX_TEXT)
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            WorkOrderDraft d = new WorkOrderDraft(lifecycle.lockExisting(id));
            Instant now = clock.instant();
            d.note(note.author(), note.text(), now);
            d.updatedAt = now;
            rows.update(d.toRecord());
            return d.toRecord().order();
        });
    }

    private static void apply(WorkOrderDraft d, WorkOrderChanges c) {
        if (c.category() != null) {
            d.category = c.category();
        }
        if (c.priority() != null) {
            d.priority = c.priority();
        }
        if (c.title() != null) {
            d.title = c.title().strip();
        }
        if (c.description() != null) {
            d.description = c.description();
        }
        if (c.estimatedCost() != null) {
            d.estimatedCost = c.estimatedCost();
        }
        if (c.actualCost() != null) {
            d.actualCost = c.actualCost();
        }
        if (c.scheduledFor() != null) {
            d.scheduledFor = c.scheduledFor();
        }
        if (c.photoUrls() != null) {
            d.photoUrls = c.photoUrls();
        }
    }
}
