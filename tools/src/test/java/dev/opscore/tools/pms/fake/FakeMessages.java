package dev.opscore.tools.pms.fake;

import static dev.opscore.tools.pms.fake.PmsStore.found;
import static dev.opscore.tools.pms.fake.PmsStore.matches;
import static dev.opscore.tools.pms.fake.PmsStore.page;
import static dev.opscore.tools.pms.fake.PmsStore.require;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.MessageThread;
import dev.opscore.tools.pms.message.MessagesApi;
import dev.opscore.tools.pms.message.NewMessage;
import dev.opscore.tools.pms.message.NewThread;
import dev.opscore.tools.pms.message.ThreadStatusChange;
import dev.opscore.tools.pms.notification.NewNotification;
import dev.opscore.tools.pms.notification.Notification;
import dev.opscore.tools.pms.notification.NotificationsApi;
import java.util.List;

/** Message threads; {@link Notifications} beside them. */
final class FakeMessages implements MessagesApi {

    private final InMemoryPms pms;

    FakeMessages(InMemoryPms pms) {
        this.pms = pms;
    }

    @Override
    public MessageThread openThread(String key, NewThread body) {
        return pms.store.write(key, "thread", body, () -> {
            require(body.propertyId(), "propertyId");
            require(body.tenantId(), "tenantId");
            require(body.channel(), "channel");
            found(pms.tenants, body.tenantId());
            MessageThread thread = new MessageThread(pms.store.newId("th"), body.propertyId(), body.unitId(),
                    body.tenantId(), body.subject(), body.channel(), MessageThread.ThreadStatus.OPEN, pms.store.now(),
                    null);
            pms.threads.put(thread.id(), thread);
            return thread;
        });
    }

    @Override
    public Page<MessageThread> listThreads(String propertyId, String tenantId, int page, int size) {
        return pms.store.read(() -> page(List.copyOf(pms.threads.values()),
                thread -> matches(propertyId, thread.propertyId()) && matches(tenantId, thread.tenantId()), page,
                size));
    }

    @Override
    public MessageThread getThread(String id) {
        return pms.store.read(() -> found(pms.threads, id));
    }

    @Override
    public Page<Message> listMessages(String threadId, int page, int size) {
        return pms.store.read(() -> {
            found(pms.threads, threadId);
            return page(List.copyOf(pms.messages.values()), message -> message.threadId().equals(threadId), page,
                    size);
        });
    }

    @Override
    public Message post(String key, String threadId, NewMessage body) {
        return pms.store.write(key, "post " + threadId, body, () -> {
            found(pms.threads, threadId);
            require(body.direction(), "direction");
            require(body.body(), "body");
            Message message = new Message(pms.store.newId("m"), threadId, body.direction(), body.author(),
                    body.body(), pms.store.now());
            pms.messages.put(message.id(), message);
            return message;
        });
    }

    @Override
    public MessageThread changeStatus(String key, String threadId, ThreadStatusChange body) {
        return pms.store.write(key, "thread status " + threadId, body, () -> {
            MessageThread t = found(pms.threads, threadId);
            require(body.to(), "to");
            MessageThread changed = new MessageThread(t.id(), t.propertyId(), t.unitId(), t.tenantId(), t.subject(),
                    t.channel(), body.to(), t.createdAt(), t.lastMessageAt());
            pms.threads.put(t.id(), changed);
            return changed;
        });
    }

    static final class Notifications implements NotificationsApi {

        private final InMemoryPms pms;

        Notifications(InMemoryPms pms) {
            this.pms = pms;
        }

        @Override
        public Notification send(String key, NewNotification body) {
            return pms.store.write(key, "notify", body, () -> {
                require(body.recipientType(), "recipientType");
                require(body.recipientId(), "recipientId");
                require(body.channel(), "channel");
                require(body.body(), "body");
                Notification sent = new Notification(pms.store.newId("n"), body.recipientType(), body.recipientId(),
                        body.channel(), body.subject(), body.body(), Notification.NotificationStatus.QUEUED,
                        pms.store.now());
                pms.notifications.put(sent.id(), sent);
                return sent;
            });
        }

        @Override
        public Page<Notification> list(String recipientId, int page, int size) {
            return pms.store.read(() -> page(List.copyOf(pms.notifications.values()),
                    notification -> matches(recipientId, notification.recipientId()), page, size));
        }

        @Override
        public Notification get(String id) {
            return pms.store.read(() -> found(pms.notifications, id));
        }
    }
}
