package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import dev.opscore.ops.sandbox.vendor.VendorRows;
import dev.opscore.ops.sandbox.webhook.Webhook;
import dev.opscore.ops.sandbox.workorder.WorkOrderLifecycle;
import dev.opscore.ops.sandbox.workorder.WorkOrderRecord;
import dev.opscore.ops.sandbox.workorder.WorkOrderRows;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/** Vendors answering dispatches: accept (SCHEDULED, a visit booked), decline (back to TRIAGED) or stay silent. */
@Component
@ConditionalOnSandbox
class DispatchAnswers implements HappeningSource {

    private final WorkOrderRows workOrders;
    private final VendorRows vendors;
    private final WorkOrderLifecycle lifecycle;

    DispatchAnswers(WorkOrderRows workOrders, VendorRows vendors, WorkOrderLifecycle lifecycle) {
        this.workOrders = workOrders;
        this.vendors = vendors;
        this.lifecycle = lifecycle;
    }

    @Override
    public List<Happening> pending(WorldContext context) {
        List<Happening> pending = new ArrayList<>();
        for (WorkOrderRecord order : workOrders.inStatus(WorkOrderStatus.DISPATCHED)) {
            String key = "dispatch:" + order.id() + ":" + order.dispatchCount();
            Optional<VendorBehaviour> behaviour = vendors.behaviour(order.vendorId());
            if (behaviour.isEmpty()) {
                continue;
            }
            Random random = WorldRandom.of(context.seed(), key);
            VendorDecisions.Response response = VendorDecisions.respond(behaviour.get(), random, order.dispatchedAt());
            Instant visit = VendorDecisions.visitTime(order.order().priority(), random, response.at());
            Instant at = context.notBeforeNow(response.at());
            if (response.answer() == VendorDecisions.Answer.ACCEPT) {
                pending.add(new Happening(at, key, () -> accept(context, order, context.notBeforeNow(visit), at)));
            } else if (response.answer() == VendorDecisions.Answer.DECLINE) {
                pending.add(new Happening(at, key, () -> decline(context, order, at)));
            }
        }
        return pending;
    }

    private List<Webhook> accept(WorldContext context, WorkOrderRecord order, Instant visit, Instant at) {
        return lifecycle.vendorAccepts(order.id(), order.dispatchCount(), visit, at)
                .map(after -> List.of(
                        WorldWebhooks.dispatchAnswered(context, after, order.vendorId(), true, order.dispatchCount(), at),
                        WorldWebhooks.statusChanged(context, after, WorkOrderStatus.DISPATCHED, order.vendorId(), null, at)))
                .orElse(List.of());
    }

    private List<Webhook> decline(WorldContext context, WorkOrderRecord order, Instant at) {
        return lifecycle.vendorDeclines(order.id(), order.dispatchCount(), at)
                .map(after -> List.of(
                        WorldWebhooks.dispatchAnswered(context, after, order.vendorId(), false, order.dispatchCount(), at),
                        WorldWebhooks.statusChanged(context, after, WorkOrderStatus.DISPATCHED, order.vendorId(),
                                "VENDOR_DECLINED", at)))
                .orElse(List.of());
    }
}
