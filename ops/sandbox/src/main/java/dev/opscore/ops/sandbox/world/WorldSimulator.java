package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.clock.WorldState;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.web.InvalidRequestException;
import dev.opscore.ops.sandbox.webhook.Webhook;
import dev.opscore.ops.sandbox.webhook.WebhookOutbox;
import dev.opscore.ops.sandbox.webhook.WebhookSender;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Moves the sandbox clock forward and, on the way, applies every happening that falls due, earliest
 * first, each in its own transaction with its webhooks; the clock stands at each happening's time
 * while it is applied, so what OpsCore does in reaction lands in the same world. One advance at a
 * time.
 */
@Component
@ConditionalOnSandbox
class WorldSimulator {

    static final int MAX_HAPPENINGS = 100_000;

    private final List<HappeningSource> sources;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;
    private final WebhookOutbox outbox;
    private final WebhookSender sender;

    WorldSimulator(List<HappeningSource> sources, SandboxClock clock, SandboxTransactions transactions,
                   WebhookOutbox outbox, WebhookSender sender) {
        this.sources = sources;
        this.clock = clock;
        this.transactions = transactions;
        this.outbox = outbox;
        this.sender = sender;
    }

    /** What an advance did. */
    record Advance(Instant now, int happenings, int webhooks) {
    }

    synchronized Advance advanceTo(Instant target) {
        WorldState state = clock.state();
        if (target.isBefore(state.now())) {
            throw InvalidRequestException.of("now", "the sandbox clock only moves forward: it is " + state.now()
                    + " already (reset the sandbox to start over)");
        }
        sender.redeliver();
        Set<String> applied = new HashSet<>();
        int webhooks = 0;
        Optional<Happening> next = next(state, target, applied);
        while (next.isPresent()) {
            Happening happening = next.get();
            applied.add(happening.key());
            if (applied.size() > MAX_HAPPENINGS) {
                throw new IllegalStateException("more than " + MAX_HAPPENINGS + " happenings in one advance");
            }
            List<Long> ids = transactions.inTransaction(() -> {
                clock.moveForwardTo(happening.at());
                return record(happening.action().get());
            });
            webhooks += ids.size();
            sender.deliver(ids);
            next = next(state, target, applied);
        }
        transactions.run(() -> clock.moveForwardTo(target));
        return new Advance(clock.instant(), applied.size(), webhooks);
    }

    private Optional<Happening> next(WorldState state, Instant target, Set<String> applied) {
        WorldContext context = new WorldContext(state.seed(), state.epoch(), clock.instant());
        return sources.stream()
                .flatMap(source -> source.pending(context).stream())
                .filter(h -> !h.at().isAfter(target) && !applied.contains(h.key()))
                .min(Happening.ORDER);
    }

    private List<Long> record(List<Webhook> webhooks) {
        return webhooks.stream().map(outbox::record).flatMap(Optional::stream).toList();
    }
}
