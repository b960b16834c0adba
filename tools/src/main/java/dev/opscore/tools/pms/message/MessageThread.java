package dev.opscore.tools.pms.message;

import java.time.Instant;

/** A conversation with a tenant. */
public record MessageThread(String id, String propertyId, String unitId, String tenantId, String subject,
                            Channel channel, ThreadStatus status, Instant createdAt, Instant lastMessageAt) {

    public enum Channel { SMS, EMAIL, PORTAL, VOICE_TRANSCRIPT }

    public enum ThreadStatus { OPEN, WAITING_ON_TENANT, CLOSED }
}
