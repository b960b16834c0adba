package dev.opscore.app.intake;

import static dev.opscore.app.support.ApiClient.Caller.MANAGER;
import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opscore.app.support.ApiTestBase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventIntakeApiTest extends ApiTestBase {

    private static Map<String, Object> event(String ref) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "COMPLIANCE_ITEM_DUE");
        event.put("ref", ref);
        event.put("propertyId", "prop-intake");
        event.put("occurredAt", "2026-11-25T10:00:00-05:00");
        event.put("payload", Map.of("threadId", "t-1"));
        return event;
    }

    @Test
    void anAcceptedEventIsProcessedIntoOneCompletedRun() {
        // given
        String ref = "msg-" + UUID.randomUUID();
        // when
        var response = api().post("/api/agent/events", event(ref), SERVICE);
        // then
        assertThat(response.status()).isEqualTo(202);
        String runId = response.body().path("runId").asString();
        assertThat(response.location()).isEqualTo("/api/agent/runs/" + runId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var run = api().get("/api/agent/runs/" + runId, MANAGER);
            assertThat(run.status()).isEqualTo(200);
            assertThat(run.body().path("run").path("status").asString()).isEqualTo("COMPLETED");
            assertThat(run.body().path("steps")).hasSize(1);
            assertThat(run.body().path("actions")).hasSize(1);
        });
        assertThat(jdbc.sql("SELECT status FROM agent_event WHERE ref = :ref").param("ref", ref)
                .query(String.class).single()).isEqualTo("PROCESSED");
    }

    @Test
    void aDuplicateAnswers200WithTheSameIdsAndChangesNothing() {
        // given
        String ref = "msg-" + UUID.randomUUID();
        var first = api().post("/api/agent/events", event(ref), SERVICE);
        // when
        var second = api().post("/api/agent/events", event(ref), SERVICE);
        // then
        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("status").asString()).isEqualTo("DUPLICATE");
        assertThat(second.body().path("eventId")).isEqualTo(first.body().path("eventId"));
        assertThat(second.body().path("runId")).isEqualTo(first.body().path("runId"));
        assertThat(countEvents(ref)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM agent_run WHERE trigger_ref = :ref").param("ref", "COMPLIANCE_ITEM_DUE:" + ref)
                .query(Long.class).single()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
            "type, NOT_A_TYPE",
            "type, SCHEDULE_TICK",
            "ref, ''",
            "propertyId, ''",
            "occurredAt, yesterday",
            "occurredAt, 2026-11-25T10:00:00",
    })
    void aBadFieldIs400NamingItAndStoresNothing(String field, String value) {
        // given
        String ref = "bad-" + UUID.randomUUID();
        Map<String, Object> event = event(ref);
        event.put(field, value);
        // when
        var response = api().post("/api/agent/events", event, SERVICE);
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("field").asString()).isEqualTo(field);
        assertThat(countEvents(ref)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"type", "ref", "propertyId", "occurredAt", "payload"})
    void aMissingFieldIs400NamingIt(String field) {
        // given
        Map<String, Object> event = event("missing-" + UUID.randomUUID());
        event.remove(field);
        // when
        var response = api().post("/api/agent/events", event, SERVICE);
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("field").asString()).isEqualTo(field);
    }

    @Test
    void aPayloadOver256KiBIs400() {
        // given
        String ref = "big-" + UUID.randomUUID();
        Map<String, Object> event = event(ref);
        event.put("payload", Map.of("text", "x".repeat(256 * 1024)));
        // when
        var response = api().post("/api/agent/events", event, SERVICE);
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("field").asString()).isEqualTo("payload");
        assertThat(countEvents(ref)).isZero();
    }

    @Test
    void malformedJsonIs400ProblemJson() {
        // when
        var response = api().post("/api/agent/events", "{\"type\": ", SERVICE);
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCronTickTakesTheSamePathOncePerDay() {
        // given
        Map<String, Object> tick = Map.of("schedule", "test-" + Long.toHexString(System.nanoTime()),
                "at", "2026-11-25T06:00:00Z");
        // when
        var first = api().post("/api/agent/cron/tick", tick, SERVICE);
        var again = api().post("/api/agent/cron/tick", tick, SERVICE);
        // then
        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(200);
        String runId = first.body().path("runId").asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api().get("/api/agent/runs/" + runId, MANAGER).body().path("run").path("triggerType").asString())
                .isEqualTo("schedule"));
    }

    private long countEvents(String ref) {
        return jdbc.sql("SELECT count(*) FROM agent_event WHERE ref = :ref").param("ref", ref).query(Long.class).single();
    }
}
