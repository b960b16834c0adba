package dev.opscore.ops.sandbox.workorder;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.tools.pms.Page;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/workorders*}. The {@code Idempotency-Key} of each write is handled in front of the
 * controller (see {@code idempotency}); here it has already been honoured.
 */
@RestController
@ConditionalOnSandbox
class WorkOrdersController implements WorkOrdersApi {

    private final WorkOrderRows rows;
    private final WorkOrderService service;
    private final WorkOrderLifecycle lifecycle;
    private final BidService bids;
    private final BidRows bidRows;
    private final SandboxClock clock;

    WorkOrdersController(WorkOrderRows rows, WorkOrderService service, WorkOrderLifecycle lifecycle, BidService bids,
                         BidRows bidRows, SandboxClock clock) {
        this.rows = rows;
        this.service = service;
        this.lifecycle = lifecycle;
        this.bids = bids;
        this.bidRows = bidRows;
        this.clock = clock;
    }

    @Override
    public WorkOrder create(String idempotencyKey, NewWorkOrder body) {
        return service.create(body);
    }

    @Override
    public Page<WorkOrder> list(String propertyId, String unitId, WorkOrderStatus status, int page, int size) {
        return rows.list(propertyId, unitId, status, Paging.of(page, size));
    }

    @Override
    public WorkOrder get(String id) {
        return existing(id).order();
    }

    @Override
    public WorkOrder update(String idempotencyKey, String id, WorkOrderChanges body) {
        return service.update(id, body);
    }

    @Override
    public WorkOrder changeStatus(String idempotencyKey, String id, StatusChange body) {
        new Validation().required("to", body.to()).maxLength("reason", body.reason(), WorkOrderService.MAX_TEXT)
                .throwIfInvalid();
        return lifecycle.changeStatus(id, body.to(), body.reason(), clock.instant()).order();
    }

    @Override
    public WorkOrder assign(String idempotencyKey, String id, Assignment body) {
        new Validation().required("vendorId", body.vendorId()).money("notToExceed", body.notToExceed())
                .throwIfInvalid();
        return lifecycle.assign(id, body.vendorId(), body.notToExceed(), clock.instant()).order();
    }

    @Override
    public WorkOrder addNote(String idempotencyKey, String id, NewNote body) {
        return service.addNote(id, body);
    }

    @Override
    public Bid requestBid(String idempotencyKey, String id, BidRequest body) {
        return bids.request(id, body);
    }

    @Override
    public Page<Bid> listBids(String id, int page, int size) {
        Paging paging = Paging.of(page, size);
        existing(id);
        return bidRows.list(id, paging);
    }

    @Override
    public Bid acceptBid(String idempotencyKey, String id, String bidId) {
        return bids.accept(id, bidId);
    }

    private WorkOrderRecord existing(String id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("work order", id));
    }
}
