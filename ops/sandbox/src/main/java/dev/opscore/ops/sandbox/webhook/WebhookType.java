package dev.opscore.ops.sandbox.webhook;

/** The event types of OpsCore's intake that the sandbox sends. */
public enum WebhookType {
    VENDOR_RESPONSE, WORK_ORDER_STATUS_CHANGED, TENANT_MESSAGE
}
