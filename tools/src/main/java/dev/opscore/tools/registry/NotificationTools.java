package dev.opscore.tools.registry;

import static dev.opscore.policy.ActionType.NOTIFICATION_SEND;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.notification.NewNotification;
import dev.opscore.tools.pms.notification.Notification;
import dev.opscore.tools.pms.notification.NotificationsApi;
import java.util.List;

/** Notifications ({@link NotificationsApi}). */
public final class NotificationTools {

    public record NotificationQuery(String recipientId, int page, int size) {
        public NotificationQuery {
            size = Paging.size(size);
        }
    }

    public static final Tool<NewNotification, Notification> NOTIFICATIONS_SEND = Tool.write("notifications.send",
            NOTIFICATION_SEND, NotificationsApi.class, "send", NewNotification.class,
            (apis, in, key) -> apis.notifications().send(key, in));

    public static final Tool<NotificationQuery, Page<Notification>> NOTIFICATIONS_LIST = Tool.read(
            "notifications.list", NotificationsApi.class, "list", NotificationQuery.class,
            (apis, in) -> apis.notifications().list(in.recipientId(), in.page(), in.size()));

    public static final Tool<ById, Notification> NOTIFICATIONS_GET = Tool.read("notifications.get",
            NotificationsApi.class, "get", ById.class, (apis, in) -> apis.notifications().get(in.id()));

    private NotificationTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(NOTIFICATIONS_SEND, NOTIFICATIONS_LIST, NOTIFICATIONS_GET);
    }
}
