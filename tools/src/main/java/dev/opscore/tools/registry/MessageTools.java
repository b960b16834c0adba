package dev.opscore.tools.registry;

import static dev.opscore.policy.ActionType.MESSAGE_SEND;
import static dev.opscore.policy.ActionType.WORK_ORDER_UPDATE;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.MessageThread;
import dev.opscore.tools.pms.message.MessagesApi;
import dev.opscore.tools.pms.message.NewMessage;
import dev.opscore.tools.pms.message.NewThread;
import dev.opscore.tools.pms.message.ThreadStatusChange;
import java.util.List;

/** Message threads with tenants ({@link MessagesApi}). */
public final class MessageTools {

    public record ThreadQuery(String propertyId, String tenantId, int page, int size) {
        public ThreadQuery {
            size = Paging.size(size);
        }
    }

    public record MessageQuery(String threadId, int page, int size) {
        public MessageQuery {
            size = Paging.size(size);
        }
    }

    public record MessagePost(String threadId, NewMessage message) {
    }

    public record ThreadStatusUpdate(String threadId, ThreadStatusChange change) {
    }

    /** Opening a thread addresses a tenant, so it is gated as a message. */
    public static final Tool<NewThread, MessageThread> THREADS_OPEN = Tool.write("threads.open", MESSAGE_SEND,
            MessagesApi.class, "openThread", NewThread.class, (apis, in, key) -> apis.messages().openThread(key, in));

    public static final Tool<ThreadQuery, Page<MessageThread>> THREADS_LIST = Tool.read("threads.list",
            MessagesApi.class, "listThreads", ThreadQuery.class,
            (apis, in) -> apis.messages().listThreads(in.propertyId(), in.tenantId(), in.page(), in.size()));

    public static final Tool<ById, MessageThread> THREADS_GET = Tool.read("threads.get", MessagesApi.class,
            "getThread", ById.class, (apis, in) -> apis.messages().getThread(in.id()));

    public static final Tool<MessageQuery, Page<Message>> MESSAGES_LIST = Tool.read("messages.list",
            MessagesApi.class, "listMessages", MessageQuery.class,
            (apis, in) -> apis.messages().listMessages(in.threadId(), in.page(), in.size()));

    public static final Tool<MessagePost, Message> MESSAGES_POST = Tool.write("messages.post", MESSAGE_SEND,
            MessagesApi.class, "post", MessagePost.class,
            (apis, in, key) -> apis.messages().post(key, in.threadId(), in.message()));

    /** A thread's status is bookkeeping, no one is contacted: gated as a plain reversible write. */
    public static final Tool<ThreadStatusUpdate, MessageThread> THREADS_STATUS = Tool.write("threads.status",
            WORK_ORDER_UPDATE, MessagesApi.class, "changeStatus", ThreadStatusUpdate.class,
            (apis, in, key) -> apis.messages().changeStatus(key, in.threadId(), in.change()));

    private MessageTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(THREADS_OPEN, THREADS_LIST, THREADS_GET, MESSAGES_LIST, MESSAGES_POST, THREADS_STATUS);
    }
}
