package dev.opscore.ops.sandbox.workorder;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.vendor.VendorEligibility;
import dev.opscore.ops.sandbox.vendor.VendorRows;
import dev.opscore.ops.sandbox.web.InvalidRequestException;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Every status change of a work order, each in a transaction with the row locked. The API's moves
 * throw (409, 404, 400); the world's moves ({@code vendor*}) return empty when the order has moved
 * on since the world looked at it, and then do nothing.
 */
@Component
@ConditionalOnSandbox
public class WorkOrderLifecycle {

    static final String API = "api";

    private final WorkOrderRows rows;
    private final VendorRows vendors;
    private final SandboxTransactions transactions;

    public WorkOrderLifecycle(WorkOrderRows rows, VendorRows vendors, SandboxTransactions transactions) {
        this.rows = rows;
        this.vendors = vendors;
        this.transactions = transactions;
    }

    WorkOrderRecord changeStatus(String id, WorkOrderStatus to, String reason, Instant at) {
        return transactions.inTransaction(() -> {
            WorkOrderDraft d = new WorkOrderDraft(lockExisting(id));
            WorkOrderStatus from = d.status;
            if (to == WorkOrderStatus.DISPATCHED && d.vendorId != null) {
                Vendor vendor = vendors.lock(d.vendorId).orElseThrow();
                VendorEligibility.requireCovering(vendor, d.propertyId, d.category);
            }
            StatusRules.enter(d, to, at);
            if (reason != null && !reason.isBlank()) {
                d.note(API, from + " -> " + to + ": " + reason, at);
            }
            return save(d);
        });
    }

    /** Dispatches {@code vendorId}: 409 for an illegal move or an ineligible vendor, 400 for an unknown one. */
    WorkOrderRecord assign(String id, String vendorId, BigDecimal notToExceed, Instant at) {
        return transactions.inTransaction(() -> {
            WorkOrderRecord current = lockExisting(id);
            if (!current.status().canMoveTo(WorkOrderStatus.DISPATCHED)) {
                throw StatusRules.illegal(id, current.status(), WorkOrderStatus.DISPATCHED);
            }
            Vendor vendor = vendors.lock(vendorId).orElseThrow(() ->
                    InvalidRequestException.of("vendorId", "vendor " + vendorId + " does not exist"));
            VendorEligibility.requireDispatchable(withoutThisOrder(vendor, current), current.propertyId(),
                    current.order().category());
            WorkOrderDraft d = new WorkOrderDraft(current);
            d.vendorId = vendorId;
            d.notToExceed = notToExceed;
            StatusRules.enter(d, WorkOrderStatus.DISPATCHED, at);
            d.note(API, "dispatched to " + vendorId + (notToExceed == null ? ""
                    : " (not to exceed " + notToExceed.toPlainString() + ")"), at);
            return save(d);
        });
    }

    /** The vendor accepted the dispatch and will come at {@code visitAt}. */
    public Optional<WorkOrderRecord> vendorAccepts(String id, int dispatchCount, Instant visitAt, Instant at) {
        return worldMove(id, WorkOrderStatus.DISPATCHED, dispatchCount, WorkOrderStatus.SCHEDULED, at,
                r -> true, d -> {
                    d.scheduledFor = visitAt;
                    d.note(vendorAuthor(d), "accepted; visit scheduled for " + visitAt, at);
                });
    }

    /** The vendor declined: the order goes back to triage for the next vendor. */
    public Optional<WorkOrderRecord> vendorDeclines(String id, int dispatchCount, Instant at) {
        return worldMove(id, WorkOrderStatus.DISPATCHED, dispatchCount, WorkOrderStatus.TRIAGED, at,
                r -> true, d -> d.note(vendorAuthor(d), "declined the job", at));
    }

    /** The vendor arrived for the visit scheduled at {@code scheduledFor}: work starts. */
    public Optional<WorkOrderRecord> vendorArrives(String id, int dispatchCount, Instant scheduledFor, Instant at) {
        return worldMove(id, WorkOrderStatus.SCHEDULED, dispatchCount, WorkOrderStatus.IN_PROGRESS, at,
                r -> Objects.equals(r.order().scheduledFor(), scheduledFor),
                d -> d.note(vendorAuthor(d), "arrived; work started", at));
    }

    /** The vendor did not come to the visit at {@code scheduledFor}: back to triage, vendor released. */
    public Optional<WorkOrderRecord> vendorNoShow(String id, int dispatchCount, Instant scheduledFor, Instant at) {
        return worldMove(id, WorkOrderStatus.SCHEDULED, dispatchCount, WorkOrderStatus.TRIAGED, at,
                r -> Objects.equals(r.order().scheduledFor(), scheduledFor),
                d -> d.note(vendorAuthor(d), "did not show up for the visit scheduled for " + scheduledFor, at));
    }

    /** The vendor finished the work started at {@code startedAt}, at {@code cost}. */
    public Optional<WorkOrderRecord> vendorCompletes(String id, int dispatchCount, Instant startedAt, BigDecimal cost,
                                                     Instant at) {
        return worldMove(id, WorkOrderStatus.IN_PROGRESS, dispatchCount, WorkOrderStatus.COMPLETED, at,
                r -> Objects.equals(r.startedAt(), startedAt), d -> {
                    d.actualCost = cost;
                    d.note(vendorAuthor(d), "completed the work; invoiced " + cost.toPlainString(), at);
                });
    }

    private Optional<WorkOrderRecord> worldMove(String id, WorkOrderStatus expected, int dispatchCount,
                                                WorkOrderStatus to, Instant at, Predicate<WorkOrderRecord> still,
                                                Consumer<WorkOrderDraft> change) {
        return transactions.inTransaction(() -> rows.lock(id)
                .filter(r -> r.status() == expected && r.dispatchCount() == dispatchCount && still.test(r))
                .map(r -> {
                    WorkOrderDraft d = new WorkOrderDraft(r);
                    change.accept(d);
                    StatusRules.enter(d, to, at);
                    return save(d);
                }));
    }

    WorkOrderRecord lockExisting(String id) {
        return rows.lock(id).orElseThrow(() -> new NotFoundException("work order", id));
    }

    private WorkOrderRecord save(WorkOrderDraft d) {
        WorkOrderRecord record = d.toRecord();
        rows.update(record);
        return record;
    }

    /** Re-dispatching a vendor who still holds this order does not take a second slot. */
    private static Vendor withoutThisOrder(Vendor v, WorkOrderRecord order) {
        boolean holdsIt = v.id().equals(order.vendorId()) && order.status().open();
        if (!holdsIt) {
            return v;
        }
        return new Vendor(v.id(), v.name(), v.trades(), v.propertyIds(), v.hourlyRate(), v.calloutFee(),
                v.maxOpenWorkOrders(), v.openWorkOrders() - 1, v.rating(), v.onTimeRate(), v.phone(), v.email(),
                v.active());
    }

    private static String vendorAuthor(WorkOrderDraft d) {
        return "vendor:" + d.vendorId;
    }
}
