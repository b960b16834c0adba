package dev.opscore.tools.pms.message;

/** Opens a thread with a tenant. */
public record NewThread(String propertyId, String unitId, String tenantId, String subject, MessageThread.Channel channel) {
}
