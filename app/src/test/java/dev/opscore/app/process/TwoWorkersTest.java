package dev.opscore.app.process;

import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opscore.db.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One API process and two worker processes on one database, 1,000 events (and redeliveries of
 * some): every event is processed exactly once, and both workers take part.
 */
class TwoWorkersTest {

    private static final int EVENTS = 1_000;

    @Test
    void everyEventIsProcessedExactlyOnceAcrossTwoWorkers() throws Exception {
        // given
        String database = TestDatabase.freshDatabase();
        JdbcClient jdbc = JdbcClient.create(CrashRecoveryTest.dataSource(database));
        Map<String, String> none = Map.of();
        try (AppProcess api = AppProcess.start("two-workers-api", "api", database, none);
             AppProcess workerOne = AppProcess.start("worker-one", "worker", database, none);
             AppProcess workerTwo = AppProcess.start("worker-two", "worker", database, none)) {
            await().atMost(Duration.ofSeconds(180)).until(api::healthy);
            // both workers polling before the first event, so that they compete for every job
            await().atMost(Duration.ofSeconds(180)).ignoreExceptions().until(() -> count(jdbc,
                    "SELECT count(*) FROM jobrunr_backgroundjobservers WHERE running = 1") == 2);
            // when: 1,000 events, 100 of them delivered twice, from 4 publishers at once
            ExecutorService publishers = Executors.newFixedThreadPool(4);
            List<Future<Integer>> answers = IntStream.range(0, EVENTS + 100)
                    .mapToObj(i -> publishers.submit(() -> publish(api, i % EVENTS)))
                    .toList();
            long accepted = 0;
            long duplicates = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                accepted += status == 202 ? 1 : 0;
                duplicates += status == 200 ? 1 : 0;
            }
            publishers.shutdown();
            // then
            assertThat(accepted).isEqualTo(EVENTS);
            assertThat(duplicates).isEqualTo(100);
            await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> count(jdbc, "SELECT count(*) FROM agent_run WHERE status = 'COMPLETED'") == EVENTS);
            assertThat(workerOne.alive() && workerTwo.alive()).isTrue();
        }
        assertThat(count(jdbc, "SELECT count(*) FROM agent_run")).isEqualTo(EVENTS);
        assertThat(count(jdbc, "SELECT count(*) FROM agent_event WHERE status = 'PROCESSED'")).isEqualTo(EVENTS);
        assertThat(count(jdbc, "SELECT count(*) FROM agent_step")).isEqualTo(EVENTS);
        assertThat(count(jdbc, "SELECT count(*) FROM agent_action_log")).isEqualTo(EVENTS);
        assertThat(count(jdbc, "SELECT count(*) FROM audit_log WHERE action = 'RUN_STARTED'")).isEqualTo(EVENTS);
        assertThat(jdbc.sql("SELECT DISTINCT worker FROM agent_run").query(String.class).list())
                .containsExactlyInAnyOrder("worker-one", "worker-two");
    }

    private static int publish(AppProcess api, int n) {
        return api.api().post("/api/agent/events", Map.of("type", "COMPLIANCE_ITEM_DUE", "ref", "two-workers-" + n,
                "propertyId", "prop-" + (n % 20), "occurredAt", "2026-11-25T09:00:00Z",
                "payload", Map.of("n", n)), SERVICE).status();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
