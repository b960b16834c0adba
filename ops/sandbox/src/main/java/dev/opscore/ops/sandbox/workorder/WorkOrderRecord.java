package dev.opscore.ops.sandbox.workorder;

import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.time.Instant;

/**
 * A work order as stored: the contract's view and the world's bookkeeping (status changes so far,
 * which dispatch this is, when it was dispatched and when work started).
 */
public record WorkOrderRecord(WorkOrder order, long seq, int statusChanges, int dispatchCount, Instant dispatchedAt,
                              Instant startedAt) {

    public String id() {
        return order.id();
    }

    public WorkOrderStatus status() {
        return order.status();
    }

    public String vendorId() {
        return order.vendorId();
    }

    public String propertyId() {
        return order.propertyId();
    }
}
