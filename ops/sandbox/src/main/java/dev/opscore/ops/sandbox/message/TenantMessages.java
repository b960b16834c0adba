package dev.opscore.ops.sandbox.message;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.property.PropertyRows;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.MessageThread;
import dev.opscore.tools.pms.property.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tenants writing in, as the simulated world (and whoever drives the demo) makes them: into their
 * latest thread that is not closed, or a new SMS thread. The author of an INBOUND message is the
 * tenant's id, never a name.
 */
@Component
@ConditionalOnSandbox
public class TenantMessages {

    private final MessageService service;
    private final MessageRows rows;
    private final PropertyRows properties;
    private final SandboxTransactions transactions;

    public TenantMessages(MessageService service, MessageRows rows, PropertyRows properties,
                          SandboxTransactions transactions) {
        this.service = service;
        this.rows = rows;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** A tenant's message; 404 for an unknown tenant. */
    public TenantMessage write(String tenantId, String body, Instant at) {
        return transactions.inTransaction(() -> {
            Tenant tenant = properties.tenant(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
            MessageThread thread = rows.openThreadOf(tenantId).orElseGet(() -> service.insertThread(
                    tenant.propertyId(), tenant.unitId(), tenantId, "Message from the tenant",
                    MessageThread.Channel.SMS, at));
            Message message = service.append(thread, Message.Direction.INBOUND, tenantId, body, at);
            return new TenantMessage(thread.id(), thread.propertyId(), thread.unitId(), tenantId, message);
        });
    }

    /** The tenant's answer to a satisfaction ping; empty when the ping was answered already. */
    public Optional<TenantMessage> answer(Message ping, String body, Instant at) {
        return transactions.inTransaction(() -> {
            MessageThread thread = rows.lockThread(ping.threadId()).orElseThrow();
            if (rows.answered(ping.id())) {
                return Optional.<TenantMessage>empty();
            }
            Message answer = service.append(thread, Message.Direction.INBOUND, thread.tenantId(), body, at);
            rows.markAnswered(ping.id(), answer.id());
            return Optional.of(new TenantMessage(thread.id(), thread.propertyId(), thread.unitId(), thread.tenantId(),
                    answer));
        });
    }

    public List<Message> unansweredPings() {
        return rows.unansweredPings();
    }

    /** A message written by a tenant, with where it landed. */
    public record TenantMessage(String threadId, String propertyId, String unitId, String tenantId, Message message) {
    }
}
