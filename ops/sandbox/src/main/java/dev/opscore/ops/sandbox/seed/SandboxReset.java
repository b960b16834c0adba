package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxProperties;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.clock.WorldState;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wipes the sandbox schema and rebuilds the portfolio of a seed (and of a property count, when one is
 * given or configured) in one transaction, under an advisory lock so that two processes starting on a
 * new database seed it once. The clock goes back to {@code opscore.sandbox.start-clock}; the epoch
 * moves on.
 */
@Component
@ConditionalOnSandbox
public class SandboxReset {

    private static final String TABLES = "sandbox.webhook_outbox, sandbox.idempotency_key, sandbox.notification,"
            + " sandbox.inspection, sandbox.rental_application, sandbox.pm_schedule, sandbox.compliance_item,"
            + " sandbox.message, sandbox.message_thread, sandbox.bid, sandbox.work_order, sandbox.vendor_behaviour,"
            + " sandbox.vendor, sandbox.lease, sandbox.tenant, sandbox.unit, sandbox.property, sandbox.id_counter";

    private final JdbcClient jdbc;
    private final SandboxClock clock;
    private final PortfolioWriter writer;
    private final SandboxTransactions transactions;
    private final SandboxProperties properties;
    private final ApplicationEventPublisher events;

    public SandboxReset(JdbcClient jdbc, SandboxClock clock, PortfolioWriter writer, SandboxTransactions transactions,
                        SandboxProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = writer;
        this.transactions = transactions;
        this.properties = properties;
        this.events = events;
    }

    /** Rebuilds the world from {@code seed}, with the configured property count. */
    public WorldState reset(long seed) {
        return reset(seed, properties.properties());
    }

    /**
     * Rebuilds the world from {@code seed} with {@code propertyCount} properties (1..200; null: the
     * default demo portfolio of three or four). The caller validates the count.
     */
    public WorldState reset(long seed, Integer propertyCount) {
        WorldState state = transactions.inTransaction(() -> {
            lock();
            return rebuild(seed, propertyCount);
        });
        events.publishEvent(new WorldReset(state.seed(), state.epoch()));
        return state;
    }

    /** Seeds the configured portfolio unless the schema already holds a world; true when it seeded. */
    public boolean seedIfEmpty() {
        return transactions.inTransaction(() -> {
            lock();
            if (clock.find().isPresent()) {
                return false;
            }
            rebuild(properties.seed(), properties.properties());
            return true;
        });
    }

    private WorldState rebuild(long seed, Integer propertyCount) {
        jdbc.sql("TRUNCATE " + TABLES + " RESTART IDENTITY").update();
        WorldState state = clock.restart(seed, properties.startClock());
        Instant start = properties.startClock();
        writer.write(propertyCount == null ? PortfolioGenerator.generate(seed, start)
                : PortfolioGenerator.generate(seed, start, propertyCount));
        return state;
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('opscore-sandbox-seed'))").query((rs, n) -> Boolean.TRUE).list();
    }
}
