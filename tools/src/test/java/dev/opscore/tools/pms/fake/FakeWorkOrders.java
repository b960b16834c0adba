package dev.opscore.tools.pms.fake;

import static dev.opscore.tools.pms.fake.PmsStore.found;
import static dev.opscore.tools.pms.fake.PmsStore.matches;
import static dev.opscore.tools.pms.fake.PmsStore.page;
import static dev.opscore.tools.pms.fake.PmsStore.require;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.client.PmsConflict;
import dev.opscore.tools.pms.workorder.Assignment;
import dev.opscore.tools.pms.workorder.Bid;
import dev.opscore.tools.pms.workorder.BidRequest;
import dev.opscore.tools.pms.workorder.NewNote;
import dev.opscore.tools.pms.workorder.NewWorkOrder;
import dev.opscore.tools.pms.workorder.StatusChange;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderChanges;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import java.util.ArrayList;
import java.util.List;

/** Work orders and bids: validation, the transition table (409), idempotent writes. */
final class FakeWorkOrders implements WorkOrdersApi {

    private final InMemoryPms pms;

    FakeWorkOrders(InMemoryPms pms) {
        this.pms = pms;
    }

    @Override
    public WorkOrder create(String key, NewWorkOrder body) {
        return pms.store.write(key, "create", body, () -> {
            require(body.propertyId(), "propertyId");
            require(body.category(), "category");
            require(body.priority(), "priority");
            require(body.title(), "title");
            found(pms.properties, body.propertyId());
            String id = pms.store.newId("wo");
            WorkOrder order = new WorkOrder(id, body.propertyId(), body.unitId(), body.tenantId(), body.category(),
                    body.priority(), WorkOrderStatus.NEW, body.title(), body.description(), null, body.estimatedCost(),
                    null, null, copy(body.photoUrls()), List.of(), null, null, pms.store.now(), pms.store.now());
            pms.workOrders.put(id, order);
            return order;
        });
    }

    @Override
    public Page<WorkOrder> list(String propertyId, String unitId, WorkOrderStatus status, int page, int size) {
        return pms.store.read(() -> page(List.copyOf(pms.workOrders.values()),
                order -> matches(propertyId, order.propertyId()) && matches(unitId, order.unitId())
                        && matches(status, order.status()), page, size));
    }

    @Override
    public WorkOrder get(String id) {
        return pms.store.read(() -> found(pms.workOrders, id));
    }

    @Override
    public WorkOrder update(String key, String id, WorkOrderChanges c) {
        return pms.store.write(key, "update " + id, c, () -> {
            WorkOrder o = found(pms.workOrders, id);
            return save(new WorkOrder(id, o.propertyId(), o.unitId(), o.tenantId(), or(c.category(), o.category()),
                    or(c.priority(), o.priority()), o.status(), or(c.title(), o.title()),
                    or(c.description(), o.description()), o.vendorId(), or(c.estimatedCost(), o.estimatedCost()),
                    o.notToExceed(), or(c.actualCost(), o.actualCost()), or(c.photoUrls(), o.photoUrls()), o.notes(),
                    or(c.scheduledFor(), o.scheduledFor()), o.completedAt(), o.createdAt(), pms.store.now()));
        });
    }

    @Override
    public WorkOrder changeStatus(String key, String id, StatusChange body) {
        return pms.store.write(key, "status " + id, body, () -> {
            WorkOrder o = found(pms.workOrders, id);
            require(body.to(), "to");
            return save(moved(o, body.to(), o.vendorId(), o.notToExceed()));
        });
    }

    @Override
    public WorkOrder assign(String key, String id, Assignment body) {
        return pms.store.write(key, "assign " + id, body, () -> {
            WorkOrder o = found(pms.workOrders, id);
            require(body.vendorId(), "vendorId");
            found(pms.vendors, body.vendorId());
            return save(moved(o, WorkOrderStatus.DISPATCHED, body.vendorId(), body.notToExceed()));
        });
    }

    @Override
    public WorkOrder addNote(String key, String id, NewNote body) {
        return pms.store.write(key, "note " + id, body, () -> {
            WorkOrder o = found(pms.workOrders, id);
            require(body.text(), "text");
            List<WorkOrder.Note> notes = new ArrayList<>(o.notes());
            notes.add(new WorkOrder.Note(body.author(), body.text(), pms.store.now()));
            return save(new WorkOrder(id, o.propertyId(), o.unitId(), o.tenantId(), o.category(), o.priority(),
                    o.status(), o.title(), o.description(), o.vendorId(), o.estimatedCost(), o.notToExceed(),
                    o.actualCost(), o.photoUrls(), List.copyOf(notes), o.scheduledFor(), o.completedAt(),
                    o.createdAt(), pms.store.now()));
        });
    }

    @Override
    public Bid requestBid(String key, String id, BidRequest body) {
        return pms.store.write(key, "bid " + id, body, () -> {
            found(pms.workOrders, id);
            require(body.vendorId(), "vendorId");
            found(pms.vendors, body.vendorId());
            Bid bid = new Bid(pms.store.newId("bid"), id, body.vendorId(), Bid.BidStatus.REQUESTED, null,
                    pms.store.now(), body.dueBy(), null, null);
            pms.bids.put(bid.id(), bid);
            return bid;
        });
    }

    @Override
    public Page<Bid> listBids(String id, int page, int size) {
        return pms.store.read(() -> {
            found(pms.workOrders, id);
            return page(List.copyOf(pms.bids.values()), bid -> bid.workOrderId().equals(id), page, size);
        });
    }

    @Override
    public Bid acceptBid(String key, String id, String bidId) {
        return pms.store.write(key, "accept " + id + " " + bidId, "", () -> {
            found(pms.workOrders, id);
            Bid b = found(pms.bids, bidId);
            Bid accepted = new Bid(b.id(), b.workOrderId(), b.vendorId(), Bid.BidStatus.ACCEPTED, b.amount(),
                    b.requestedAt(), b.dueBy(), pms.store.now(), b.notes());
            pms.bids.put(bidId, accepted);
            return accepted;
        });
    }

    private WorkOrder moved(WorkOrder o, WorkOrderStatus to, String vendorId, java.math.BigDecimal notToExceed) {
        if (!o.status().canMoveTo(to)) {
            throw new PmsConflict("fake", o.status() + " -> " + to + " is not allowed");
        }
        return new WorkOrder(o.id(), o.propertyId(), o.unitId(), o.tenantId(), o.category(), o.priority(), to,
                o.title(), o.description(), vendorId, o.estimatedCost(), notToExceed, o.actualCost(), o.photoUrls(),
                o.notes(), o.scheduledFor(), to == WorkOrderStatus.COMPLETED ? pms.store.now() : o.completedAt(),
                o.createdAt(), pms.store.now());
    }

    private WorkOrder save(WorkOrder order) {
        pms.workOrders.put(order.id(), order);
        return order;
    }

    private static <T> T or(T change, T current) {
        return change == null ? current : change;
    }

    private static List<String> copy(List<String> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
