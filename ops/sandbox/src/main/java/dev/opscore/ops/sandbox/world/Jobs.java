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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/** Work in progress: finished after the vendor's usual duration, at a cost drawn from its rates and spread. */
@Component
@ConditionalOnSandbox
class Jobs implements HappeningSource {

    private final WorkOrderRows workOrders;
    private final VendorRows vendors;
    private final WorkOrderLifecycle lifecycle;

    Jobs(WorkOrderRows workOrders, VendorRows vendors, WorkOrderLifecycle lifecycle) {
        this.workOrders = workOrders;
        this.vendors = vendors;
        this.lifecycle = lifecycle;
    }

    @Override
    public List<Happening> pending(WorldContext context) {
        List<Happening> pending = new ArrayList<>();
        for (WorkOrderRecord order : workOrders.inStatus(WorkOrderStatus.IN_PROGRESS)) {
            Optional<VendorBehaviour> behaviour = vendors.behaviour(order.vendorId());
            Optional<Vendor> vendor = vendors.find(order.vendorId());
            if (order.startedAt() == null || behaviour.isEmpty() || vendor.isEmpty()) {
                continue;
            }
            String key = "job:" + order.id() + ":" + order.dispatchCount() + ":" + order.startedAt().toEpochMilli();
            Random random = WorldRandom.of(context.seed(), key);
            Duration duration = VendorDecisions.duration(behaviour.get(), random);
            BigDecimal cost = VendorDecisions.cost(behaviour.get(), vendor.get(), random, duration);
            Instant at = context.notBeforeNow(order.startedAt().plus(duration));
            pending.add(new Happening(at, key, () -> complete(context, order, cost, at)));
        }
        return pending;
    }

    private List<Webhook> complete(WorldContext context, WorkOrderRecord order, BigDecimal cost, Instant at) {
        return lifecycle.vendorCompletes(order.id(), order.dispatchCount(), order.startedAt(), cost, at)
                .map(after -> List.of(WorldWebhooks.statusChanged(context, after, WorkOrderStatus.IN_PROGRESS,
                        order.vendorId(), null, at)))
                .orElse(List.of());
    }
}
