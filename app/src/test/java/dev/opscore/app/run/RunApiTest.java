package dev.opscore.app.run;

import static dev.opscore.app.support.ApiClient.Caller.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opscore.app.support.ApiTestBase;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.RunRows;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RunApiTest extends ApiTestBase {

    @Autowired
    private RunRows runs;

    @Test
    void aManualTriggerRunsAndShowsItsTimeline() {
        // given
        String property = "prop-" + UUID.randomUUID();
        // when
        var trigger = api().post("/api/agent/runs", Map.of("propertyId", property, "note", "check"), MANAGER);
        // then
        assertThat(trigger.status()).isEqualTo(202);
        String runId = trigger.body().path("runId").asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api().get("/api/agent/runs/" + runId, MANAGER).body().path("run").path("status").asString())
                .isEqualTo("COMPLETED"));
        var detail = api().get("/api/agent/runs/" + runId, MANAGER).body();
        assertThat(detail.path("run").path("triggerType").asString()).isEqualTo("manual");
        assertThat(detail.path("timeline")).extracting(entry -> entry.path("kind").asString())
                .startsWith("RUN").endsWith("RUN").contains("STEP", "DECISION");
        var listed = api().get("/api/agent/runs?status=COMPLETED&propertyId=" + property, MANAGER).body();
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("id").asString()).isEqualTo(runId);
    }

    @Test
    void aManualTriggerWithTheSameRefIsIdempotent() {
        // given
        var body = Map.of("ref", "retry-" + UUID.randomUUID());
        // when
        var first = api().post("/api/agent/runs", body, MANAGER);
        var second = api().post("/api/agent/runs", body, MANAGER);
        // then
        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("runId")).isEqualTo(first.body().path("runId"));
    }

    @Test
    void listingValidatesItsParameters() {
        assertThat(api().get("/api/agent/runs?status=DONE", MANAGER).body().path("field").asString()).isEqualTo("status");
        assertThat(api().get("/api/agent/runs?size=0", MANAGER).body().path("field").asString()).isEqualTo("size");
        assertThat(api().get("/api/agent/runs?page=-1", MANAGER).status()).isEqualTo(400);
        assertThat(api().get("/api/agent/runs/not-a-uuid", MANAGER).status()).isEqualTo(400);
    }

    @Test
    void aQueuedRunCanBeCancelledOnceAndAFinishedOneCannot() {
        // given
        UUID runId = UUID.randomUUID();
        runs.insertIfAbsent(new RunRow(runId, "manual", "test:" + runId, null, "record-trigger", "QUEUED",
                "test-" + runId, null, Map.of(), null, null, null, null, null, Instant.now()));
        // when
        var cancelled = api().post("/api/agent/runs/" + runId + "/cancel", "{}", MANAGER);
        var again = api().post("/api/agent/runs/" + runId + "/cancel", "{}", MANAGER);
        var unknown = api().post("/api/agent/runs/" + UUID.randomUUID() + "/cancel", "{}", MANAGER);
        // then
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
    }
}
