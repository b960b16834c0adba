package dev.opscore.app.process;

import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opscore.app.support.ApiClient;
import dev.opscore.db.testing.TestDatabase;
import dev.opscore.jobs.intake.DedupeKeys;
import dev.opscore.jobs.intake.EventType;
import dev.opscore.jobs.intake.TriggerType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event answered 202 survives the process being killed (SIGKILL, a separate JVM) right after
 * the answer: after a restart it is processed, exactly once.
 */
class CrashRecoveryTest {

    @Test
    void anAcceptedEventIsProcessedAfterTheProcessIsKilledAndRestarted() throws Exception {
        // given: its own database, so no other test's workers can pick the job up
        String database = TestDatabase.freshDatabase();
        JdbcClient jdbc = JdbcClient.create(dataSource(database));
        // the fast path is off so that the run cannot start before the kill
        Map<String, String> noFastPath = Map.of("opscore.intake.fast-path", "false");
        int dashboardPort = AppProcess.freePort();
        Map<String, String> firstProperties = Map.of("opscore.intake.fast-path", "false",
                "jobrunr.dashboard.enabled", "true", "jobrunr.dashboard.port", String.valueOf(dashboardPort));
        String ref = "crash-" + UUID.randomUUID();
        try (AppProcess first = AppProcess.start("crash-first", "all", database, firstProperties)) {
            await().atMost(Duration.ofSeconds(120)).until(first::healthy);
            // JobRunr's dashboard asks for the admin's credentials too
            var dashboard = new ApiClient("http://localhost:" + dashboardPort);
            assertThat(dashboard.get("/api/jobs", ApiClient.Caller.ANONYMOUS).status()).isEqualTo(401);
            assertThat(dashboard.get("/api/jobs", ApiClient.Caller.ADMIN).status()).isEqualTo(200);
            // when
            var accepted = first.api().post("/api/agent/events", Map.of("type", "COMPLIANCE_ITEM_DUE", "ref", ref,
                    "propertyId", "prop-crash", "occurredAt", "2026-11-25T02:00:00Z", "payload", Map.of()), SERVICE);
            first.kill();
            // then: accepted and stored, not yet run
            assertThat(accepted.status()).isEqualTo(202);
            String runId = accepted.body().path("runId").asString();
            assertThat(status(jdbc, runId)).isIn("QUEUED", "COMPLETED");
            // and an event committed by a process that died before handing it to the queue
            String strandedRunId = insertStrandedEvent(jdbc, "stranded-" + UUID.randomUUID());
            try (AppProcess second = AppProcess.start("crash-second", "all", database, noFastPath)) {
                await().atMost(Duration.ofSeconds(120)).until(() -> "COMPLETED".equals(status(jdbc, runId)));
                await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(status(jdbc, strandedRunId)));
            }
            assertThat(jdbc.sql("SELECT count(*) FROM agent_run WHERE trigger_ref = :ref")
                    .param("ref", "COMPLIANCE_ITEM_DUE:" + ref).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM agent_step WHERE run_id = :id::uuid")
                    .param("id", runId).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'RUN_STARTED' AND subject = :s")
                    .param("s", "run:" + runId).query(Long.class).single()).isEqualTo(1);
        }
    }

    /** What the intake's transaction leaves when its process dies before the hand-over: the outbox row. */
    private static String insertStrandedEvent(JdbcClient jdbc, String ref) {
        // before the sandbox world's start: OpsCore runs on the world's clock, and the relay looks for events older than its grace
        var at = java.time.Instant.parse("2026-01-01T03:00:00Z");
        String eventKey = DedupeKeys.event(EventType.COMPLIANCE_ITEM_DUE, ref, "prop-crash");
        String runKey = DedupeKeys.run(TriggerType.EVENT, "COMPLIANCE_ITEM_DUE:" + ref, "prop-crash", at);
        UUID eventId = UUID.randomUUID();
        UUID runId = DedupeKeys.runId(runKey);
        jdbc.sql("INSERT INTO agent_event (id, trigger_type, type, ref, property_id, occurred_at, dedupe_key,"
                        + " run_dedupe_key, status, received_at) VALUES (:id, 'event', 'COMPLIANCE_ITEM_DUE', :ref, 'prop-crash',"
                        + " :at, :key, :runKey, 'RECEIVED', :at)")
                .param("id", eventId).param("ref", ref).param("at", java.sql.Timestamp.from(at))
                .param("key", eventKey).param("runKey", runKey).update();
        jdbc.sql("INSERT INTO agent_run (id, trigger_type, trigger_ref, property_id, workflow, status, dedupe_key,"
                        + " event_id, created_at) VALUES (:id, 'event', :ref, 'prop-crash', 'record-trigger', 'QUEUED',"
                        + " :runKey, :eventId, :at)")
                .param("id", runId).param("ref", "COMPLIANCE_ITEM_DUE:" + ref).param("runKey", runKey).param("eventId", eventId)
                .param("at", java.sql.Timestamp.from(at)).update();
        return runId.toString();
    }

    private static String status(JdbcClient jdbc, String runId) {
        return jdbc.sql("SELECT status FROM agent_run WHERE id = :id::uuid").param("id", runId)
                .query(String.class).optional().orElse(null);
    }

    static javax.sql.DataSource dataSource(String url) {
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(url);
        dataSource.setDriverClassName("org.postgresql.Driver");
        return dataSource;
    }
}
