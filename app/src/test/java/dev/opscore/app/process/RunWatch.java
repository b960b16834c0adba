package dev.opscore.app.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Watches the runs of one burst (trigger refs with a prefix) every {@link #EVERY} and notes, on
 * the harness's own monotonic clock, when each was first seen (the intake committed its event and
 * run), first seen started, acknowledged the tenant ({@code acknowledge-tenant} DONE) and settled
 * (reached its first wait, or ended). The runs' own timestamps cannot serve: OpsCore's clock is the
 * sandbox world's, which stands still while the world is not advanced.
 */
final class RunWatch implements AutoCloseable {

    static final Duration EVERY = Duration.ofMillis(100);
    private static final Set<String> SETTLED = Set.of("WAITING", "COMPLETED", "ESCALATED", "FAILED", "CANCELLED");

    private final JdbcClient jdbc;
    private final String refPrefix;
    private final Map<UUID, Seen> runs = new ConcurrentHashMap<>();
    private final AtomicInteger settled = new AtomicInteger();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private volatile RuntimeException failure;

    RunWatch(JdbcClient jdbc, String refPrefix) {
        this.jdbc = jdbc;
        this.refPrefix = refPrefix;
        poller.scheduleWithFixedDelay(this::look, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs settled so far; rethrows what stopped the watching, if anything did. */
    int settled() {
        if (failure != null) {
            throw failure;
        }
        return settled.get();
    }

    private void look() {
        try {
            lookOnce();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    private void lookOnce() {
        jdbc.sql("SELECT r.id, r.status, r.worker, EXISTS (SELECT 1 FROM agent_step s WHERE s.run_id = r.id"
                        + " AND s.name = 'acknowledge-tenant' AND s.status = 'DONE') AS acked"
                        + " FROM agent_run r WHERE r.trigger_ref LIKE :prefix")
                .param("prefix", refPrefix + "%")
                .query((row, i) -> {
                    note(row.getObject("id", UUID.class), row.getString("status"), row.getString("worker"),
                            row.getBoolean("acked"), System.nanoTime());
                    return null;
                }).list();
    }

    private void note(UUID id, String status, String worker, boolean acked, long now) {
        Seen seen = runs.computeIfAbsent(id, k -> new Seen(now));
        seen.status = status;
        seen.worker = worker;
        if (seen.started < 0 && !"QUEUED".equals(status)) {
            seen.started = now;
        }
        if (seen.acked < 0 && acked) {
            seen.acked = now;
        }
        if (seen.settled < 0 && SETTLED.contains(status)) {
            seen.settled = now;
            settled.incrementAndGet();
        }
    }

    /** Stops watching and sums the burst up. */
    OpsCoreBurst result() {
        close();
        long firstSeen = runs.values().stream().mapToLong(s -> s.seen).min().orElseThrow();
        long lastSeen = runs.values().stream().mapToLong(s -> s.seen).max().orElseThrow();
        long firstStarted = runs.values().stream().mapToLong(s -> s.started).min().orElseThrow();
        long lastSettled = runs.values().stream().mapToLong(s -> s.settled).max().orElseThrow();
        List<Double> ackMillis = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> workers = new TreeMap<>();
        for (Seen s : runs.values()) {
            if (s.acked >= 0) {
                ackMillis.add((s.acked - s.seen) / 1e6);
            }
            outcomes.merge(s.status + (s.acked >= 0 ? " (acknowledged)" : ""), 1, Integer::sum);
            workers.merge(String.valueOf(s.worker), 1, Integer::sum);
        }
        return new OpsCoreBurst(new Burst(runs.size(), Duration.ofNanos(lastSettled - firstSeen),
                Duration.ofNanos(lastSettled - firstStarted)), Duration.ofNanos(lastSeen - firstSeen), ackMillis,
                outcomes, workers);
    }

    @Override
    public void close() {
        poller.shutdown();
        try {
            poller.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A burst of OpsCore events: its timing, how long its intake took (first to last run seen),
     * acknowledgement latencies, states and workers.
     */
    record OpsCoreBurst(Burst burst, Duration intakeSpan, List<Double> ackMillis, Map<String, Integer> outcomes,
                        Map<String, Integer> workers) {
    }

    /** What the poller saw of one run, in {@link System#nanoTime()}; -1 for not yet. */
    private static final class Seen {
        final long seen;
        volatile long started = -1;
        volatile long acked = -1;
        volatile long settled = -1;
        volatile String status;
        volatile String worker;

        Seen(long seen) {
            this.seen = seen;
        }
    }
}
