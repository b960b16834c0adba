package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import dev.opscore.ops.sandbox.vendor.VendorRows;
import dev.opscore.ops.sandbox.webhook.Webhook;
import dev.opscore.ops.sandbox.workorder.BidRows;
import dev.opscore.ops.sandbox.workorder.WorkOrderRecord;
import dev.opscore.ops.sandbox.workorder.WorkOrderRows;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.workorder.Bid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Vendors answering bid requests: a SUBMITTED bid with an amount, or DECLINED. A vendor who stays
 * silent, or would answer after the deadline, lets the bid EXPIRE at {@code dueBy} (no webhook:
 * nothing was said).
 */
@Component
@ConditionalOnSandbox
class BidAnswers implements HappeningSource {

    private final BidRows bids;
    private final WorkOrderRows workOrders;
    private final VendorRows vendors;

    BidAnswers(BidRows bids, WorkOrderRows workOrders, VendorRows vendors) {
        this.bids = bids;
        this.workOrders = workOrders;
        this.vendors = vendors;
    }

    @Override
    public List<Happening> pending(WorldContext context) {
        List<Happening> pending = new ArrayList<>();
        for (Bid bid : bids.requested()) {
            Optional<VendorBehaviour> behaviour = vendors.behaviour(bid.vendorId());
            Optional<Vendor> vendor = vendors.find(bid.vendorId());
            Optional<WorkOrderRecord> order = workOrders.find(bid.workOrderId());
            if (behaviour.isEmpty() || vendor.isEmpty() || order.isEmpty()) {
                continue;
            }
            String key = "bid:" + bid.id();
            Random random = WorldRandom.of(context.seed(), key);
            VendorDecisions.Response response = VendorDecisions.respond(behaviour.get(), random, bid.requestedAt());
            BigDecimal amount = VendorDecisions.bidAmount(behaviour.get(), vendor.get(), random);
            boolean silent = response.answer() == VendorDecisions.Answer.IGNORE || response.at().isAfter(bid.dueBy());
            if (silent) {
                Instant at = context.notBeforeNow(bid.dueBy());
                pending.add(new Happening(at, key, () -> expire(bid, at)));
            } else {
                Instant at = context.notBeforeNow(response.at());
                boolean submits = response.answer() == VendorDecisions.Answer.ACCEPT;
                String propertyId = order.get().propertyId();
                pending.add(new Happening(at, key, () -> answer(context, bid, propertyId, submits, amount, at)));
            }
        }
        return pending;
    }

    private List<Webhook> expire(Bid bid, Instant at) {
        bids.answer(bid.id(), Bid.BidStatus.REQUESTED, Bid.BidStatus.EXPIRED, null, at, "no answer by the deadline");
        return List.of();
    }

    private List<Webhook> answer(WorldContext context, Bid bid, String propertyId, boolean submits, BigDecimal amount,
                                 Instant at) {
        boolean moved = submits
                ? bids.answer(bid.id(), Bid.BidStatus.REQUESTED, Bid.BidStatus.SUBMITTED, amount, at, "includes call-out")
                : bids.answer(bid.id(), Bid.BidStatus.REQUESTED, Bid.BidStatus.DECLINED, null, at, "fully booked");
        return moved ? List.of(WorldWebhooks.bidAnswered(context, propertyId, bid.workOrderId(), bid.id(), bid.vendorId(),
                submits, at)) : List.of();
    }
}
