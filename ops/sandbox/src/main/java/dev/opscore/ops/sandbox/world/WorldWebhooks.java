package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.message.TenantMessages.TenantMessage;
import dev.opscore.ops.sandbox.webhook.Webhook;
import dev.opscore.ops.sandbox.webhook.WebhookType;
import dev.opscore.ops.sandbox.workorder.WorkOrderRecord;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The webhooks of the world's happenings: ids and codes only. A status change is
 * {@code e<epoch>:<order>:<new status>:<status changes so far>}, a vendor's answer to a dispatch
 * {@code e<epoch>:<order>:ACCEPTED|DECLINED:<dispatch number>}, to a bid request
 * {@code e<epoch>:<bid>:SUBMITTED|DECLINED}, a tenant's message {@code e<epoch>:<message>}.
 */
final class WorldWebhooks {

    private WorldWebhooks() {
    }

    static Webhook statusChanged(WorldContext context, WorkOrderRecord after, WorkOrderStatus from, String vendorId,
                                 String reason, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("workOrderId", after.id());
        payload.put("vendorId", vendorId);
        payload.put("from", from.name());
        payload.put("to", after.status().name());
        if (reason != null) {
            payload.put("reason", reason);
        }
        return new Webhook(WebhookType.WORK_ORDER_STATUS_CHANGED,
                context.ref(after.id() + ":" + after.status() + ":" + after.statusChanges()), after.propertyId(), at,
                payload);
    }

    static Webhook dispatchAnswered(WorldContext context, WorkOrderRecord after, String vendorId, boolean accepted,
                                    int dispatch, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("workOrderId", after.id());
        payload.put("vendorId", vendorId);
        payload.put("response", accepted ? "ACCEPTED" : "DECLINED");
        payload.put("dispatch", dispatch);
        if (accepted) {
            payload.put("scheduledFor", after.order().scheduledFor().toString());
        }
        return new Webhook(WebhookType.VENDOR_RESPONSE,
                context.ref(after.id() + ":" + (accepted ? "ACCEPTED" : "DECLINED") + ":" + dispatch),
                after.propertyId(), at, payload);
    }

    static Webhook bidAnswered(WorldContext context, String propertyId, String workOrderId, String bidId,
                               String vendorId, boolean submitted, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("workOrderId", workOrderId);
        payload.put("bidId", bidId);
        payload.put("vendorId", vendorId);
        payload.put("response", submitted ? "BID_SUBMITTED" : "BID_DECLINED");
        return new Webhook(WebhookType.VENDOR_RESPONSE, context.ref(bidId + ":" + (submitted ? "SUBMITTED" : "DECLINED")),
                propertyId, at, payload);
    }

    static Webhook tenantMessage(WorldContext context, TenantMessage m, String inReplyTo) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("threadId", m.threadId());
        payload.put("messageId", m.message().id());
        payload.put("tenantId", m.tenantId());
        if (m.unitId() != null) {
            payload.put("unitId", m.unitId());
        }
        if (inReplyTo != null) {
            payload.put("inReplyTo", inReplyTo);
        }
        return new Webhook(WebhookType.TENANT_MESSAGE, context.ref(m.message().id()), m.propertyId(),
                m.message().sentAt(), payload);
    }
}
