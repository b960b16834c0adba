package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import dev.opscore.ops.sandbox.vendor.VendorRows;
import dev.opscore.ops.sandbox.webhook.Webhook;
import dev.opscore.ops.sandbox.workorder.WorkOrderLifecycle;
import dev.opscore.ops.sandbox.workorder.WorkOrderRecord;
import dev.opscore.ops.sandbox.workorder.WorkOrderRows;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Booked visits: the vendor arrives (on time or late, by its on-time rate) and work starts, or it
 * does not come and, once the two-hour window has passed, the order goes back to triage.
 */
@Component
@ConditionalOnSandbox
class Visits implements HappeningSource {

    private final WorkOrderRows workOrders;
    private final VendorRows vendors;
    private final WorkOrderLifecycle lifecycle;

    Visits(WorkOrderRows workOrders, VendorRows vendors, WorkOrderLifecycle lifecycle) {
        this.workOrders = workOrders;
        this.vendors = vendors;
        this.lifecycle = lifecycle;
    }

    @Override
    public List<Happening> pending(WorldContext context) {
        List<Happening> pending = new ArrayList<>();
        for (WorkOrderRecord order : workOrders.inStatus(WorkOrderStatus.SCHEDULED)) {
            Instant scheduledFor = order.order().scheduledFor();
            Optional<VendorBehaviour> behaviour = vendors.behaviour(order.vendorId());
            Optional<Vendor> vendor = vendors.find(order.vendorId());
            if (scheduledFor == null || behaviour.isEmpty() || vendor.isEmpty()) {
                continue;
            }
            String key = "visit:" + order.id() + ":" + order.dispatchCount() + ":" + scheduledFor.toEpochMilli();
            VendorDecisions.Visit visit = VendorDecisions.visit(behaviour.get(), vendor.get(),
                    WorldRandom.of(context.seed(), key), scheduledFor);
            Instant at = context.notBeforeNow(visit.at());
            pending.add(new Happening(at, key, visit.noShow()
                    ? () -> noShow(context, order, scheduledFor, at)
                    : () -> arrive(context, order, scheduledFor, at)));
        }
        return pending;
    }

    private List<Webhook> arrive(WorldContext context, WorkOrderRecord order, Instant scheduledFor, Instant at) {
        return lifecycle.vendorArrives(order.id(), order.dispatchCount(), scheduledFor, at)
                .map(after -> List.of(WorldWebhooks.statusChanged(context, after, WorkOrderStatus.SCHEDULED,
                        order.vendorId(), null, at)))
                .orElse(List.of());
    }

    private List<Webhook> noShow(WorldContext context, WorkOrderRecord order, Instant scheduledFor, Instant at) {
        return lifecycle.vendorNoShow(order.id(), order.dispatchCount(), scheduledFor, at)
                .map(after -> List.of(WorldWebhooks.statusChanged(context, after, WorkOrderStatus.SCHEDULED,
                        order.vendorId(), "VENDOR_NO_SHOW", at)))
                .orElse(List.of());
    }
}
