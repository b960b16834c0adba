package dev.opscore.app.process;

import static dev.opscore.app.support.ApiClient.Caller.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.opscore.app.support.ApiClient;
import dev.opscore.db.testing.TestDatabase;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Throughput end to end, against a JobRunr baseline on the same database, in one run: an API
 * process (HTTP, intake, the in-process sandbox PMS) and one, then two, worker processes. For each
 * worker count, bursts of no-op JobRunr jobs (the baseline) and bursts of routine maintenance
 * requests written by the sandbox's tenants (OpsCore: webhook → intake → queue → a worker's run →
 * its first wait, the vendor dispatched and the tenant acknowledged), one world per burst, after
 * one smaller warm-up burst; then one larger batch of no-op jobs for JobRunr's sustained rate.
 * Not part of the default suite (its name does not end in Test); run it
 * as the README says. Figures go to {@code app/target/measurements/throughput.txt} and stdout.
 *
 * <p>It lives with the other process tests rather than in {@code ops/bench}, which holds JMH
 * benchmarks only: it starts OpsCore processes on the test classpath (see {@link AppProcess}).
 */
class ThroughputMeasurement {

    private static final long SEED = Long.getLong("throughput.seed", 547);
    private static final int BURSTS = Integer.getInteger("throughput.bursts", 3);
    private static final int WARM_UP = 20;
    private static final int SUSTAINED = 2_000;
    private static final int POLL_SECONDS = 5;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Test
    void measure() throws Exception {
        String database = TestDatabase.freshDatabase();
        List<WorkerCount> results = new ArrayList<>();
        String setting;
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (HikariDataSource pool = pool(database);
             AppProcess api = AppProcess.start("throughput-api", "api", database, Map.of());
             AppProcess first = worker("throughput-worker-1", database, api)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            await().atMost(PATIENCE).until(api::healthy);
            awaitWorkers(jdbc, 1);
            TenantBurst tenants = new TenantBurst(api.api());
            tenants.chooseTexts();
            quietHoursOff(api.api());
            try (NoOpBaseline baseline = new NoOpBaseline(pool)) {
                results.add(new Round(1, jdbc, api.api(), tenants, baseline, new Random(1)).run());
                try (AppProcess second = worker("throughput-worker-2", database, api)) {
                    awaitWorkers(jdbc, 2);
                    results.add(new Round(2, jdbc, api.api(), tenants, baseline, new Random(2)).run());
                }
            }
            setting = jdbc.sql("SELECT 'PostgreSQL ' || current_setting('server_version') || ', fsync '"
                    + " || current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit')")
                    .query(String.class).single();
        }
        setting += String.format(Locale.ROOT, "; %d cores, load average %.1f before, %.1f after",
                Runtime.getRuntime().availableProcessors(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String report = ThroughputReport.render(results, setting, POLL_SECONDS, SEED, BURSTS);
        Path out = Path.of("target", "measurements", "throughput.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** A worker: no HTTP; its PMS is the sandbox in the API process; it knows the no-op job. */
    private static AppProcess worker(String name, String database, AppProcess api) {
        return AppProcess.start(name, "worker", database, Map.of("opscore.pms.base-url", api.baseUrl(),
                "opscore.measurement.no-op-job", "true",
                "jobrunr.background-job-server.poll-interval-in-seconds", String.valueOf(POLL_SECONDS)));
    }

    private static void awaitWorkers(JdbcClient jdbc, int count) {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> jdbc.sql(
                "SELECT count(*) FROM jobrunr_backgroundjobservers WHERE running = 1").query(Long.class).single() == count);
    }

    /**
     * Quiet hours off for the measurement: a worker has no sandbox, so its clock is the system's,
     * not the world's, and quiet hours would defer acknowledgements whenever it is night somewhere
     * in the portfolio in real time. The policy is still evaluated for every step.
     */
    private static void quietHoursOff(ApiClient api) {
        var stored = api.post("/api/agent/policies", Map.of("scopeType", "global", "config",
                Map.of("messaging", Map.of("quietHours", Map.of("start", "00:00", "end", "00:00")))), ADMIN);
        assertThat(stored.status()).as(stored.text()).isIn(200, 201);
    }

    private static HikariDataSource pool(String database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database);
        pool.setMaximumPoolSize(4);
        return pool;
    }

    /**
     * One worker count: a warm-up burst, then {@link #BURSTS} measured ones, each in a new world.
     * Every burst starts at a random point of the poll interval ({@code phase}, seeded): started as
     * soon as the burst before it ended, it would always land just after a poll and wait the longest.
     */
    private record Round(int workers, JdbcClient jdbc, ApiClient api, TenantBurst tenants, NoOpBaseline baseline,
                         Random phase) {

        WorkerCount run() throws Exception {
            WorkerCount result = new WorkerCount(workers);
            for (int burst = 0; burst <= BURSTS; burst++) {
                cancelOpenRuns();
                int epoch = tenants.freshWorld(SEED);
                List<TenantBurst.Message> messages = tenants.plan();
                if (burst == 0) {
                    messages = messages.subList(0, Math.min(WARM_UP, messages.size()));
                }
                int jobs = messages.size();
                Burst noOps = atRandomPhase(() -> baseline.run(jobs));
                RunWatch.OpsCoreBurst events = events(messages, epoch);
                if (burst > 0) {
                    result.add(noOps, events, escalations(epoch));
                }
            }
            result.sustained = atRandomPhase(() -> baseline.run(SUSTAINED));
            return result;
        }

        /** Runs {@code work} after a random part of the poll interval (an arrival time, not a wait for a condition). */
        private <T> T atRandomPhase(Callable<T> work) throws Exception {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            try {
                return timer.schedule(work, phase.nextInt(POLL_SECONDS * 1000), TimeUnit.MILLISECONDS).get();
            } finally {
                timer.shutdown();
            }
        }

        /** Why runs of the burst escalated, ids left out. */
        private Map<String, Integer> escalations(int epoch) {
            Map<String, Integer> why = new TreeMap<>();
            jdbc.sql("SELECT regexp_replace(left(summary, 160), '[0-9a-f]{8}-[0-9a-f-]{27}|wo-[0-9]+|ven-[0-9]+', '_', 'g')"
                            + " FROM agent_run WHERE trigger_ref LIKE :prefix AND status = 'ESCALATED'")
                    .param("prefix", "TENANT_MESSAGE:e" + epoch + ":%").query(String.class).list()
                    .forEach(summary -> why.merge(summary, 1, Integer::sum));
            return why;
        }

        private RunWatch.OpsCoreBurst events(List<TenantBurst.Message> messages, int epoch) throws Exception {
            try (RunWatch watch = new RunWatch(jdbc, "TENANT_MESSAGE:e" + epoch + ":")) {
                atRandomPhase(() -> {
                    tenants.send(messages);
                    return null;
                });
                await().atMost(PATIENCE).pollInterval(RunWatch.EVERY).until(() -> watch.settled() >= messages.size());
                return watch.result();
            }
        }

        /**
         * The last world's runs wait for vendors a reset makes forget them, and the new world reuses
         * its ids (wo-1, thr-1): a waiting run holding {@code thread:thr-1} would take the new
         * world's first tenant message as a reply. Cancelled, a run is no longer routed to.
         */
        private void cancelOpenRuns() {
            assertThat(jdbc.sql("SELECT count(*) FROM agent_run WHERE status IN ('QUEUED', 'RUNNING')")
                    .query(Long.class).single()).isZero();
            for (UUID runId : jdbc.sql("SELECT id FROM agent_run WHERE status IN ('WAITING', 'ESCALATED')")
                    .query(UUID.class).list()) {
                assertThat(api.post("/api/agent/runs/" + runId + "/cancel", null, ADMIN).status()).isEqualTo(200);
            }
        }
    }

    /** What one worker count measured over its bursts. */
    static final class WorkerCount {

        final int workers;
        final List<Burst> baseline = new ArrayList<>();
        final List<Burst> opscore = new ArrayList<>();
        final List<Double> ackMillis = new ArrayList<>();
        final Map<String, Integer> outcomes = new TreeMap<>();
        final Map<String, Integer> runsPerWorker = new TreeMap<>();
        final Map<String, Integer> escalations = new TreeMap<>();
        final List<Duration> intakeSpans = new ArrayList<>();
        final List<Double> ackMedians = new ArrayList<>();
        Burst sustained;

        WorkerCount(int workers) {
            this.workers = workers;
        }

        void add(Burst noOps, RunWatch.OpsCoreBurst events, Map<String, Integer> escalated) {
            baseline.add(noOps);
            opscore.add(events.burst());
            intakeSpans.add(events.intakeSpan());
            List<Double> sorted = events.ackMillis().stream().sorted().toList();
            ackMedians.add(sorted.isEmpty() ? Double.NaN : Burst.percentile(sorted, 50));
            escalated.forEach((k, v) -> escalations.merge(k, v, Integer::sum));
            ackMillis.addAll(events.ackMillis());
            events.outcomes().forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
            events.workers().forEach((k, v) -> runsPerWorker.merge(k, v, Integer::sum));
        }
    }
}
