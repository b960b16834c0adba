package dev.opscore.tools.pms.notification;

import dev.opscore.policy.Recipient;
import java.time.Instant;

/** A notification sent through the PMS (SMS, e-mail or in-app) to a tenant, a vendor or staff. */
public record Notification(String id, Recipient recipientType, String recipientId, NotificationChannel channel,
                           String subject, String body, NotificationStatus status, Instant createdAt) {

    public enum NotificationChannel { SMS, EMAIL, IN_APP }

    public enum NotificationStatus { QUEUED, SENT, FAILED }
}
