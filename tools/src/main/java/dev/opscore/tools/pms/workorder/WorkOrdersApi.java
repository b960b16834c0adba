package dev.opscore.tools.pms.workorder;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.PmsHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Work orders and their bids ({@code /api/workorders*}, {@code /api/workorders/{id}/bids*}). */
public interface WorkOrdersApi {

    @PostMapping("/api/workorders")
    WorkOrder create(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @RequestBody NewWorkOrder body);

    @GetMapping("/api/workorders")
    Page<WorkOrder> list(@RequestParam(name = "propertyId", required = false) String propertyId,
                         @RequestParam(name = "unitId", required = false) String unitId,
                         @RequestParam(name = "status", required = false) WorkOrderStatus status,
                         @RequestParam(name = "page", defaultValue = "0") int page,
                         @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/workorders/{id}")
    WorkOrder get(@PathVariable("id") String id);

    @PatchMapping("/api/workorders/{id}")
    WorkOrder update(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @PathVariable("id") String id,
                     @RequestBody WorkOrderChanges body);

    @PostMapping("/api/workorders/{id}/status")
    WorkOrder changeStatus(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                           @PathVariable("id") String id, @RequestBody StatusChange body);

    @PostMapping("/api/workorders/{id}/assignment")
    WorkOrder assign(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @PathVariable("id") String id,
                     @RequestBody Assignment body);

    @PostMapping("/api/workorders/{id}/notes")
    WorkOrder addNote(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @PathVariable("id") String id,
                      @RequestBody NewNote body);

    @PostMapping("/api/workorders/{id}/bids")
    Bid requestBid(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @PathVariable("id") String id,
                   @RequestBody BidRequest body);

    @GetMapping("/api/workorders/{id}/bids")
    Page<Bid> listBids(@PathVariable("id") String id, @RequestParam(name = "page", defaultValue = "0") int page,
                       @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @PostMapping("/api/workorders/{id}/bids/{bidId}/accept")
    Bid acceptBid(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @PathVariable("id") String id,
                  @PathVariable("bidId") String bidId);
}
