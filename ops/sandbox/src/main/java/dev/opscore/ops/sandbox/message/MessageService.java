package dev.opscore.ops.sandbox.message;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.property.References;
import dev.opscore.ops.sandbox.store.IdCounters;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.web.ConflictException;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.MessageThread;
import dev.opscore.tools.pms.message.NewMessage;
import dev.opscore.tools.pms.message.NewThread;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Threads and messages, shared by the contract's endpoints and the simulated tenants. */
@Service
@ConditionalOnSandbox
class MessageService {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 4000;

    private final MessageRows rows;
    private final References references;
    private final IdCounters ids;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;

    MessageService(MessageRows rows, References references, IdCounters ids, SandboxClock clock,
                   SandboxTransactions transactions) {
        this.rows = rows;
        this.references = references;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    MessageThread open(NewThread body) {
        Validation validation = new Validation()
                .required("propertyId", body.propertyId())
                .required("tenantId", body.tenantId())
                .required("subject", body.subject())
                .maxLength("subject", body.subject(), MAX_SUBJECT)
                .required("channel", body.channel());
        references.place(validation, body.propertyId(), body.unitId(), body.tenantId()).throwIfInvalid();
        return transactions.inTransaction(() -> insertThread(body.propertyId(), body.unitId(), body.tenantId(),
                body.subject().strip(), body.channel(), clock.instant()));
    }

    MessageThread insertThread(String propertyId, String unitId, String tenantId, String subject,
                               MessageThread.Channel channel, Instant at) {
        IdCounters.Minted id = ids.next("thr");
        MessageThread thread = new MessageThread(id.id(), propertyId, unitId, tenantId, subject, channel,
                MessageThread.ThreadStatus.OPEN, at, at);
        rows.insertThread(thread, id.seq());
        return thread;
    }

    Message post(String threadId, NewMessage body) {
        new Validation()
                .required("direction", body.direction())
                .required("author", body.author())
                .maxLength("author", body.author(), MAX_SUBJECT)
                .required("body", body.body())
                .maxLength("body", body.body(), MAX_BODY)
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            MessageThread thread = rows.lockThread(threadId).orElseThrow(() -> new NotFoundException("thread", threadId));
            if (thread.status() == MessageThread.ThreadStatus.CLOSED) {
                throw new ConflictException("thread " + threadId + " is CLOSED; reopen it or open a new thread",
                        Map.of("reason", "THREAD_CLOSED", "status", thread.status().name()));
            }
            return append(thread, body.direction(), body.author(), body.body(), clock.instant());
        });
    }

    /** Adds a message to {@code thread} and moves the thread to whose turn it is. Inside a transaction. */
    Message append(MessageThread thread, Message.Direction direction, String author, String text, Instant at) {
        IdCounters.Minted id = ids.next("msg");
        Message message = new Message(id.id(), thread.id(), direction, author, text, at);
        boolean ping = direction == Message.Direction.OUTBOUND && SatisfactionPing.asksForRating(text);
        rows.insertMessage(message, id.seq(), ping);
        rows.updateThread(thread.id(), direction == Message.Direction.OUTBOUND
                ? MessageThread.ThreadStatus.WAITING_ON_TENANT : MessageThread.ThreadStatus.OPEN, at);
        return message;
    }

    MessageThread changeStatus(String threadId, MessageThread.ThreadStatus to) {
        new Validation().required("to", to).throwIfInvalid();
        return transactions.inTransaction(() -> {
            rows.lockThread(threadId).orElseThrow(() -> new NotFoundException("thread", threadId));
            rows.updateThread(threadId, to, null);
            return rows.thread(threadId).orElseThrow();
        });
    }
}
