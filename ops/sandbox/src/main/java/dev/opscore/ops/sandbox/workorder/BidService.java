package dev.opscore.ops.sandbox.workorder;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.store.IdCounters;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.vendor.VendorEligibility;
import dev.opscore.ops.sandbox.vendor.VendorRows;
import dev.opscore.ops.sandbox.web.ConflictException;
import dev.opscore.ops.sandbox.web.InvalidRequestException;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.workorder.Bid;
import dev.opscore.tools.pms.workorder.BidRequest;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Bids: the agent asks a covering vendor to bid by a deadline; the world's vendor submits or
 * declines. Accepting an open bid (SUBMITTED, or still REQUESTED, as when a manager takes a quote
 * given by phone: the contract suite relies on it) dispatches its vendor with the bid's amount as
 * not-to-exceed and rejects the order's other open bids; a declined, expired, rejected or already
 * accepted bid is a 409.
 */
@Service
@ConditionalOnSandbox
class BidService {

    private final BidRows bids;
    private final WorkOrderLifecycle lifecycle;
    private final VendorRows vendors;
    private final IdCounters ids;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;

    BidService(BidRows bids, WorkOrderLifecycle lifecycle, VendorRows vendors, IdCounters ids, SandboxClock clock,
               SandboxTransactions transactions) {
        this.bids = bids;
        this.lifecycle = lifecycle;
        this.vendors = vendors;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    Bid request(String workOrderId, BidRequest body) {
        new Validation().required("vendorId", body.vendorId()).required("dueBy", body.dueBy()).throwIfInvalid();
        return transactions.inTransaction(() -> {
            WorkOrderRecord order = lifecycle.lockExisting(workOrderId);
            Instant now = clock.instant();
            Vendor vendor = vendors.find(body.vendorId()).orElseThrow(() ->
                    InvalidRequestException.of("vendorId", "vendor " + body.vendorId() + " does not exist"));
            if (!body.dueBy().isAfter(now)) {
                throw InvalidRequestException.of("dueBy", "must be after the sandbox's current time " + now);
            }
            if (!order.status().open()) {
                throw new ConflictException("work order " + workOrderId + " is " + order.status()
                        + " and takes no more bids", Map.of("reason", "WORK_ORDER_NOT_OPEN", "status",
                        order.status().name()));
            }
            VendorEligibility.requireCovering(vendor, order.propertyId(), order.order().category());
            if (bids.hasOpenBid(workOrderId, vendor.id())) {
                throw ConflictException.because("BID_ALREADY_OPEN", "vendor " + vendor.id()
                        + " already has an open bid on work order " + workOrderId);
            }
            IdCounters.Minted id = ids.next("bid");
            Bid bid = new Bid(id.id(), workOrderId, vendor.id(), Bid.BidStatus.REQUESTED, null, now, body.dueBy(),
                    null, null);
            bids.insert(bid, id.seq());
            return bid;
        });
    }

    Bid accept(String workOrderId, String bidId) {
        return transactions.inTransaction(() -> {
            lifecycle.lockExisting(workOrderId);
            Bid bid = bids.lock(bidId).filter(b -> b.workOrderId().equals(workOrderId))
                    .orElseThrow(() -> new NotFoundException("bid " + bidId + " of work order", workOrderId));
            if (!isOpen(bid)) {
                throw new ConflictException("bid " + bidId + " is " + bid.status()
                        + "; only a REQUESTED or SUBMITTED bid can be accepted",
                        Map.of("reason", "BID_NOT_OPEN", "status", bid.status().name()));
            }
            Instant now = clock.instant();
            lifecycle.assign(workOrderId, bid.vendorId(), bid.amount(), now);
            bids.answer(bidId, bid.status(), Bid.BidStatus.ACCEPTED, null, now, null);
            bids.rejectOthers(workOrderId, bidId, now);
            return bids.find(bidId).orElseThrow();
        });
    }

    private static boolean isOpen(Bid bid) {
        return bid.status() == Bid.BidStatus.REQUESTED || bid.status() == Bid.BidStatus.SUBMITTED;
    }
}
