package dev.opscore.ops.sandbox.workorder;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A work order being changed: a mutable copy of a {@link WorkOrderRecord}, turned back into one when done. */
final class WorkOrderDraft {

    String id;
    long seq;
    String propertyId;
    String unitId;
    String tenantId;
    Category category;
    Priority priority;
    WorkOrderStatus status;
    String title;
    String description;
    String vendorId;
    BigDecimal estimatedCost;
    BigDecimal notToExceed;
    BigDecimal actualCost;
    List<String> photoUrls;
    List<WorkOrder.Note> notes;
    Instant scheduledFor;
    Instant completedAt;
    Instant createdAt;
    Instant updatedAt;
    int statusChanges;
    int dispatchCount;
    Instant dispatchedAt;
    Instant startedAt;

    WorkOrderDraft() {
    }

    WorkOrderDraft(WorkOrderRecord record) {
        WorkOrder o = record.order();
        id = o.id();
        seq = record.seq();
        propertyId = o.propertyId();
        unitId = o.unitId();
        tenantId = o.tenantId();
        category = o.category();
        priority = o.priority();
        status = o.status();
        title = o.title();
        description = o.description();
        vendorId = o.vendorId();
        estimatedCost = o.estimatedCost();
        notToExceed = o.notToExceed();
        actualCost = o.actualCost();
        photoUrls = o.photoUrls();
        notes = new ArrayList<>(o.notes());
        scheduledFor = o.scheduledFor();
        completedAt = o.completedAt();
        createdAt = o.createdAt();
        updatedAt = o.updatedAt();
        statusChanges = record.statusChanges();
        dispatchCount = record.dispatchCount();
        dispatchedAt = record.dispatchedAt();
        startedAt = record.startedAt();
    }

    void note(String author, String text, Instant at) {
        notes.add(new WorkOrder.Note(author, text, at));
    }

    WorkOrderRecord toRecord() {
        WorkOrder order = new WorkOrder(id, propertyId, unitId, tenantId, category, priority, status, title, description,
                vendorId, estimatedCost, notToExceed, actualCost, List.copyOf(photoUrls), List.copyOf(notes),
                scheduledFor, completedAt, createdAt, updatedAt);
        return new WorkOrderRecord(order, seq, statusChanges, dispatchCount, dispatchedAt, startedAt);
    }
}
