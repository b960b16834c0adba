package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.message.TenantMessages;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.ops.sandbox.webhook.WebhookOutbox;
import dev.opscore.ops.sandbox.webhook.WebhookSender;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sandbox/tenants/{tenantId}/messages {"body": "..."}}: a tenant writes in, now on the
 * sandbox clock (their open thread, or a new SMS thread), and OpsCore gets a TENANT_MESSAGE webhook.
 * How tests and people drive the demo.
 */
@RestController
@ConditionalOnSandbox
class TenantSimulationController {

    private static final int MAX_BODY = 4000;

    private final TenantMessages tenants;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;
    private final WebhookOutbox outbox;
    private final WebhookSender sender;

    TenantSimulationController(TenantMessages tenants, SandboxClock clock, SandboxTransactions transactions,
                               WebhookOutbox outbox, WebhookSender sender) {
        this.tenants = tenants;
        this.clock = clock;
        this.transactions = transactions;
        this.outbox = outbox;
        this.sender = sender;
    }

    @PostMapping("/sandbox/tenants/{tenantId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    TenantMessages.TenantMessage write(@PathVariable("tenantId") String tenantId, @RequestBody TenantWrites body) {
        new Validation().required("body", body.body()).maxLength("body", body.body(), MAX_BODY).throwIfInvalid();
        var written = transactions.inTransaction(() -> {
            var state = clock.state();
            var message = tenants.write(tenantId, body.body(), state.now());
            var context = new WorldContext(state.seed(), state.epoch(), state.now());
            Optional<Long> id = outbox.record(WorldWebhooks.tenantMessage(context, message, null));
            return new Written(message, id.map(List::of).orElse(List.of()));
        });
        sender.deliver(written.webhookIds());
        return written.message();
    }

    record TenantWrites(String body) {
    }

    private record Written(TenantMessages.TenantMessage message, List<Long> webhookIds) {
    }
}
