package dev.opscore.ops.sandbox.message;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.MessageThread;
import dev.opscore.tools.pms.message.MessagesApi;
import dev.opscore.tools.pms.message.NewMessage;
import dev.opscore.tools.pms.message.NewThread;
import dev.opscore.tools.pms.message.ThreadStatusChange;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/messages/threads*}. */
@RestController
@ConditionalOnSandbox
class MessagesController implements MessagesApi {

    private final MessageRows rows;
    private final MessageService service;

    MessagesController(MessageRows rows, MessageService service) {
        this.rows = rows;
        this.service = service;
    }

    @Override
    public MessageThread openThread(String idempotencyKey, NewThread body) {
        return service.open(body);
    }

    @Override
    public Page<MessageThread> listThreads(String propertyId, String tenantId, int page, int size) {
        return rows.threads(propertyId, tenantId, Paging.of(page, size));
    }

    @Override
    public MessageThread getThread(String id) {
        return rows.thread(id).orElseThrow(() -> new NotFoundException("thread", id));
    }

    @Override
    public Page<Message> listMessages(String threadId, int page, int size) {
        Paging paging = Paging.of(page, size);
        getThread(threadId);
        return rows.messages(threadId, paging);
    }

    @Override
    public Message post(String idempotencyKey, String threadId, NewMessage body) {
        return service.post(threadId, body);
    }

    @Override
    public MessageThread changeStatus(String idempotencyKey, String threadId, ThreadStatusChange body) {
        return service.changeStatus(threadId, body.to());
    }
}
