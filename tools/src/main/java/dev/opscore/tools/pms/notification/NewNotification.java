package dev.opscore.tools.pms.notification;

import dev.opscore.policy.Recipient;

/** Sends a notification. */
public record NewNotification(Recipient recipientType, String recipientId, Notification.NotificationChannel channel,
                              String subject, String body) {
}
