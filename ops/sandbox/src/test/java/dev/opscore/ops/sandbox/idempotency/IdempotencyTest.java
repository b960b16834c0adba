package dev.opscore.ops.sandbox.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.support.SandboxClient;
import dev.opscore.ops.sandbox.support.SandboxTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} like Stripe's: one effect per key, the stored response replayed, 422 on reuse. */
class IdempotencyTest extends SandboxTestBase {

    @Test
    void aWriteWithoutAKeyIs400NamingTheHeader() {
        // when
        var response = client().post("/api/workorders", null, order("No key"));
        var blank = client().post("/api/workorders", " ", order("Blank key"));
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(blank.status()).isEqualTo(400);
    }

    @Test
    void aSequentialDuplicateReplaysTheStoredResponseWithoutASecondEffect() {
        // given
        String key = key();
        String title = "Replay " + key;
        // when
        var first = client().post("/api/workorders", key, order(title));
        var second = client().post("/api/workorders", key, order(title));
        // then
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(countWithTitle(title)).isEqualTo(1);
    }

    @Test
    void keyOrderAndSpacingOfTheJsonDoNotMakeAnotherRequest() {
        // given
        String key = key();
        String title = "Canonical " + key;
        // when
        var first = client().post("/api/workorders", key, "{\"propertyId\":\"prop-1\",\"category\":\"GENERAL\","
                + "\"priority\":\"ROUTINE\",\"title\":\"" + title + "\"}");
        var second = client().post("/api/workorders", key, "{ \"title\": \"" + title + "\", \"priority\": \"ROUTINE\","
                + " \"category\": \"GENERAL\", \"propertyId\": \"prop-1\" }");
        // then
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(countWithTitle(title)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIs422() {
        // given
        String key = key();
        var first = client().post("/api/workorders", key, order("First " + key));
        String id = first.json().path("id").asString();
        // when
        var otherBody = client().post("/api/workorders", key, order("Second " + key));
        var otherPath = client().post("/api/workorders/" + id + "/notes", key, Map.of("author", "a", "text", "b"));
        // then
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(otherBody.json().path("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(otherBody.json().path("detail").asString()).contains("POST /api/workorders");
        assertThat(otherPath.status()).isEqualTo(422);
        assertThat(countWithTitle("Second " + key)).isZero();
        assertThat(client().get("/api/workorders/" + id).json().path("notes")).isEmpty();
    }

    @Test
    void sixteenConcurrentDuplicatesMakeOneWorkOrder() throws Exception {
        // given
        String key = key();
        String title = "Concurrent " + key;
        SandboxClient client = client();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<SandboxClient.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Callable<SandboxClient.Response> call = () -> {
                    start.await();
                    return client.post("/api/workorders", key, order(title));
                };
                futures.add(pool.submit(call));
            }
            // when
            start.countDown();
            List<SandboxClient.Response> responses = new ArrayList<>();
            for (Future<SandboxClient.Response> future : futures) {
                responses.add(future.get());
            }
            // then
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
            assertThat(responses.stream().map(SandboxClient.Response::text).distinct()).hasSize(1);
            assertThat(responses.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed")))).hasSize(15);
            assertThat(countWithTitle(title)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDuplicatesOfAStatusChangeMoveTheOrderOnce() throws Exception {
        // given
        String id = client().post("/api/workorders", key(), order("Status " + key())).json().path("id").asString();
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SandboxClient.Response>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> client().post("/api/workorders/" + id + "/status", key,
                        Map.of("to", "TRIAGED", "reason", "checked"))));
            }
            // when
            List<Integer> statuses = new ArrayList<>();
            for (Future<SandboxClient.Response> future : futures) {
                statuses.add(future.get().status());
            }
            // then
            assertThat(statuses).containsOnly(200);
            assertThat(client().get("/api/workorders/" + id).json().path("notes")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedWriteIsNotStoredSoItsKeyCanBeRetried() {
        // given
        String id = client().post("/api/workorders", key(), order("Retry " + key())).json().path("id").asString();
        String key = key();
        var refused = client().post("/api/workorders/" + id + "/status", key, Map.of("to", "CLOSED"));
        // when
        var retried = client().post("/api/workorders/" + id + "/status", key, Map.of("to", "CLOSED"));
        var fixed = client().post("/api/workorders/" + id + "/status", key, Map.of("to", "TRIAGED"));
        // then
        assertThat(refused.status()).isEqualTo(409);
        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(fixed.status()).isEqualTo(200);
    }

    @Test
    void readsNeedNoKey() {
        // when
        var response = client().get("/api/workorders?size=1");
        // then
        assertThat(response.status()).isEqualTo(200);
    }

    private long countWithTitle(String title) {
        return allOrders().stream().filter(title::equals).count();
    }

    private List<String> allOrders() {
        List<String> titles = new ArrayList<>();
        long total = client().get("/api/workorders?size=1").json().path("total").asLong();
        for (int page = 0; (long) page * 200 < total; page++) {
            client().get("/api/workorders?size=200&page=" + page).json().path("items")
                    .forEach(o -> titles.add(o.path("title").asString()));
        }
        return titles;
    }

    private static Map<String, Object> order(String title) {
        return Map.of("propertyId", "prop-1", "category", "GENERAL", "priority", "ROUTINE", "title", title);
    }
}
