package dev.opscore.app.process;

import static dev.opscore.app.support.ApiClient.Caller.ADMIN;
import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opscore.db.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The application killed (SIGKILL, a separate JVM) in the middle of a maintenance run, after it
 * created the work order and dispatched a vendor and while it is acknowledging the tenant: after a
 * restart the run is taken over and finishes its steps, and the sandbox PMS shows every side effect
 * once (one work order, one dispatch, one acknowledgement).
 */
class MidRunCrashTest {

    @Test
    void aRunKilledMidwayFinishesAfterARestartWithNoDuplicateSideEffect() throws Exception {
        // given
        String database = TestDatabase.freshDatabase();
        JdbcClient jdbc = JdbcClient.create(CrashRecoveryTest.dataSource(database));
        Map<String, String> shortLease = Map.of("opscore.runtime.lease-seconds", "5");
        String runId;
        String unitId;
        String threadId;
        try (AppProcess first = AppProcess.start("midrun-first", "all", database, shortLease)) {
            await().atMost(Duration.ofSeconds(120)).until(first::healthy);
            var api = first.api();
            assertThat(api.put("/sandbox/clock", Map.of("now", "2026-01-05T15:00:00Z"), ADMIN).status()).isEqualTo(200);
            for (JsonNode v : api.get("/api/vendors?trade=PLUMBING&propertyId=prop-1&size=100", SERVICE).body().path("items")) {
                api.put("/sandbox/vendors/" + v.path("id").asString() + "/behaviour", Map.of("acceptProbability", 1.0,
                        "ignoreProbability", 0.0, "responseDelayMinutes", 30, "noShowProbability", 0.0,
                        "durationMinutes", 60, "costSpread", 0.1), ADMIN);
            }
            // the acknowledgement hangs, so the process dies with the run in that step
            assertThat(api.put("/sandbox/faults", List.of(Map.of("method", "POST", "path", "/api/messages/threads/*/messages",
                    "latencyMs", 60_000)), ADMIN).status()).isEqualTo(200);
            JsonNode unit = api.get("/api/properties/prop-1/units?size=100", SERVICE).body().path("items").get(1);
            unitId = unit.path("id").asString();
            var written = api.post("/sandbox/tenants/" + unit.path("tenantIds").get(0).asString() + "/messages",
                    Map.of("body", "The bathroom sink faucet is dripping constantly, please send someone to fix it"), ADMIN);
            threadId = written.body().path("threadId").asString();
            String ref = "TENANT_MESSAGE:e1:" + written.body().path("message").path("id").asString();
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT count(*) FROM agent_step s JOIN agent_run r"
                    + " ON r.id = s.run_id WHERE r.trigger_ref = :ref AND s.name = 'acknowledge-tenant' AND s.status = 'RUNNING'")
                    .param("ref", ref).query(Long.class).single() == 1);
            runId = jdbc.sql("SELECT id::text FROM agent_run WHERE trigger_ref = :ref").param("ref", ref)
                    .query(String.class).single();
            // when
            first.kill();
        }
        assertThat(status(jdbc, runId)).isEqualTo("RUNNING");
        try (AppProcess second = AppProcess.start("midrun-second", "all", database, shortLease)) {
            await().atMost(Duration.ofSeconds(120)).until(second::healthy);
            // then: taken over once the dead worker's lease expired, and on to waiting for the vendor
            await().atMost(Duration.ofSeconds(90)).until(() -> "WAITING".equals(status(jdbc, runId)));
            var api = second.api();
            JsonNode orders = api.get("/api/workorders?propertyId=prop-1&unitId=" + unitId + "&size=100", SERVICE)
                    .body().path("items");
            assertThat(orders.size()).isEqualTo(1);
            assertThat(orders.get(0).path("status").asString()).isEqualTo("DISPATCHED");
            long dispatches = 0;
            for (JsonNode note : orders.get(0).path("notes")) {
                dispatches += note.path("text").asString().startsWith("dispatched to ") ? 1 : 0;
            }
            assertThat(dispatches).isEqualTo(1);
            long acknowledgements = 0;
            for (JsonNode m : api.get("/api/messages/threads/" + threadId + "/messages?size=100", SERVICE).body().path("items")) {
                acknowledgements += m.path("body").asString().contains("has been dispatched") ? 1 : 0;
            }
            assertThat(acknowledgements).isEqualTo(1);
            List<String> steps = jdbc.sql("SELECT name FROM agent_step WHERE run_id = :id::uuid ORDER BY step_order")
                    .param("id", runId).query(String.class).list();
            assertThat(steps).doesNotHaveDuplicates().contains("create-work-order", "dispatch-1", "acknowledge-tenant");
        }
    }

    private static String status(JdbcClient jdbc, String runId) {
        return jdbc.sql("SELECT status FROM agent_run WHERE id = :id::uuid").param("id", runId)
                .query(String.class).optional().orElse(null);
    }

    static UUID uuid(String value) {
        return UUID.fromString(value);
    }
}
