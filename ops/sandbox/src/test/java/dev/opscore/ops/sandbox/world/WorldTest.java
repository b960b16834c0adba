package dev.opscore.ops.sandbox.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opscore.ops.sandbox.support.SandboxClient;
import dev.opscore.ops.sandbox.support.SandboxTestBase;
import dev.opscore.ops.sandbox.support.WebhookReceiver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The simulated world: vendors answer, come, work and bill; tenants answer pings; OpsCore hears of
 * it through webhooks (a JDK HttpServer stands in for its intake here).
 */
class WorldTest extends SandboxTestBase {

    private String epoch;

    @BeforeEach
    void freshWorld() {
        epoch = "e" + reset(7).path("epoch").asInt() + ":";
        WEBHOOKS.answer(202);
    }

    @Test
    void aDispatchedVendorAcceptsComesAndCompletesAndOpsCoreHearsEachStep() {
        // given
        JsonNode vendor = coveringVendor("PLUMBING", "prop-1");
        String vendorId = vendor.path("id").asString();
        behave(vendorId, Map.of("acceptProbability", 1.0, "ignoreProbability", 0.0, "responseDelayMinutes", 30,
                "noShowProbability", 0.0, "durationMinutes", 60, "costSpread", 0.1));
        String id = dispatch("PLUMBING", "EMERGENCY", vendorId, 500);
        // when
        advance(14);
        String stillDispatched = status(id);
        advance(60);
        JsonNode scheduled = order(id);
        advance(8 * 60);
        JsonNode completed = order(id);
        // then
        assertThat(stillDispatched).isEqualTo("DISPATCHED");
        assertThat(scheduled.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(scheduled.path("scheduledFor").asString()))
                .isAfter(Instant.parse(scheduled.path("updatedAt").asString()));
        assertThat(completed.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.path("actualCost").decimalValue()).isPositive();
        assertThat(completed.path("completedAt").asString()).isNotBlank();
        assertThat(completed.path("notes").findValuesAsString("author")).contains("vendor:" + vendorId);
        List<JsonNode> events = awaitWebhooks(epoch + id + ":", 4);
        assertThat(events).extracting(e -> e.path("type").asString() + " " + e.path("payload").path("to").asString()
                        + e.path("payload").path("response").asString())
                .containsExactly("VENDOR_RESPONSE ACCEPTED", "WORK_ORDER_STATUS_CHANGED SCHEDULED",
                        "WORK_ORDER_STATUS_CHANGED IN_PROGRESS", "WORK_ORDER_STATUS_CHANGED COMPLETED");
        assertThat(events).extracting(e -> e.path("propertyId").asString()).containsOnly("prop-1");
        assertThat(events).extracting(e -> e.path("ref").asString()).doesNotHaveDuplicates()
                .allMatch(ref -> ref.startsWith(epoch + id + ":"));
        assertThat(events).extracting(e -> Instant.parse(e.path("occurredAt").asString())).isSorted();
        assertThat(WEBHOOKS.withRefPrefix(epoch + id + ":")).extracting(WebhookReceiver.Received::authorization)
                .containsOnly("Bearer test-token");
    }

    @Test
    void aDecliningVendorSendsTheOrderBackToTriage() {
        // given
        String vendorId = coveringVendor("HVAC", "prop-1").path("id").asString();
        behave(vendorId, Map.of("acceptProbability", 0.0, "ignoreProbability", 0.0, "responseDelayMinutes", 20,
                "noShowProbability", 0.0, "durationMinutes", 60, "costSpread", 0.1));
        String id = dispatch("HVAC", "URGENT", vendorId, 300);
        // when
        advance(60);
        // then
        JsonNode order = order(id);
        assertThat(order.path("status").asString()).isEqualTo("TRIAGED");
        assertThat(order.path("vendorId").isNull()).isTrue();
        List<JsonNode> events = awaitWebhooks(epoch + id + ":", 2);
        assertThat(events.get(0).path("payload").path("response").asString()).isEqualTo("DECLINED");
        assertThat(events.get(1).path("payload").path("reason").asString()).isEqualTo("VENDOR_DECLINED");
    }

    @Test
    void aSilentVendorNeverAnswers() {
        // given
        String vendorId = coveringVendor("GENERAL", "prop-1").path("id").asString();
        behave(vendorId, Map.of("acceptProbability", 0.0, "ignoreProbability", 1.0, "responseDelayMinutes", 20,
                "noShowProbability", 0.0, "durationMinutes", 60, "costSpread", 0.1));
        String id = dispatch("GENERAL", "ROUTINE", vendorId, 200);
        // when
        advance(3 * 24 * 60);
        // then
        assertThat(status(id)).isEqualTo("DISPATCHED");
        assertThat(WEBHOOKS.withRefPrefix(epoch + id + ":")).isEmpty();
    }

    @Test
    void aVendorWhoDoesNotShowUpLosesTheJob() {
        // given
        String vendorId = coveringVendor("ELECTRICAL", "prop-1").path("id").asString();
        behave(vendorId, Map.of("acceptProbability", 1.0, "ignoreProbability", 0.0, "responseDelayMinutes", 10,
                "noShowProbability", 1.0, "durationMinutes", 60, "costSpread", 0.1));
        String id = dispatch("ELECTRICAL", "EMERGENCY", vendorId, 200);
        // when
        advance(8 * 60);
        // then
        assertThat(status(id)).isEqualTo("TRIAGED");
        List<JsonNode> events = awaitWebhooks(epoch + id + ":", 3);
        assertThat(events.get(2).path("payload").path("from").asString()).isEqualTo("SCHEDULED");
        assertThat(events.get(2).path("payload").path("reason").asString()).isEqualTo("VENDOR_NO_SHOW");
    }

    @Test
    void aRequestedBidIsSubmittedAndAcceptingItDispatchesTheVendor() {
        // given
        String vendorId = coveringVendor("APPLIANCE", "prop-1").path("id").asString();
        behave(vendorId, Map.of("acceptProbability", 1.0, "ignoreProbability", 0.0, "responseDelayMinutes", 60,
                "noShowProbability", 0.0, "durationMinutes", 90, "costSpread", 0.2));
        String id = triagedWorkOrder("prop-1", "APPLIANCE", "ROUTINE").path("id").asString();
        String dueBy = now().plus(Duration.ofDays(2)).toString();
        JsonNode bid = client().post("/api/workorders/" + id + "/bids", key(),
                Map.of("vendorId", vendorId, "dueBy", dueBy)).json();
        String bidId = bid.path("id").asString();
        var twice = client().post("/api/workorders/" + id + "/bids", key(), Map.of("vendorId", vendorId, "dueBy", dueBy));
        // when
        advance(3 * 60);
        JsonNode submitted = client().get("/api/workorders/" + id + "/bids").json().path("items").get(0);
        var accepted = client().post("/api/workorders/" + id + "/bids/" + bidId + "/accept", key(), null);
        // then
        assertThat(bid.path("status").asString()).isEqualTo("REQUESTED");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(submitted.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("amount").decimalValue()).isPositive();
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode order = order(id);
        assertThat(order.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(order.path("vendorId").asString()).isEqualTo(vendorId);
        assertThat(order.path("notToExceed").decimalValue()).isEqualByComparingTo(submitted.path("amount").decimalValue());
        List<JsonNode> events = awaitWebhooks(epoch + bidId + ":", 1);
        assertThat(events.get(0).path("type").asString()).isEqualTo("VENDOR_RESPONSE");
        assertThat(events.get(0).path("payload").path("response").asString()).isEqualTo("BID_SUBMITTED");
    }

    @Test
    void aBidNobodyAnswersExpiresAtItsDeadlineAndCannotBeAccepted() {
        // given
        String vendorId = coveringVendor("PLUMBING", "prop-1").path("id").asString();
        behave(vendorId, Map.of("acceptProbability", 0.0, "ignoreProbability", 1.0, "responseDelayMinutes", 60,
                "noShowProbability", 0.0, "durationMinutes", 90, "costSpread", 0.2));
        String id = triagedWorkOrder("prop-1", "PLUMBING", "ROUTINE").path("id").asString();
        client().post("/api/workorders/" + id + "/bids", key(), Map.of("vendorId", vendorId,
                "dueBy", now().plus(Duration.ofHours(5)).toString()));
        // when
        advance(6 * 60);
        // then
        JsonNode bid = client().get("/api/workorders/" + id + "/bids").json().path("items").get(0);
        assertThat(bid.path("status").asString()).isEqualTo("EXPIRED");
        var accept = client().post("/api/workorders/" + id + "/bids/" + bid.path("id").asString() + "/accept", key(), null);
        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.json().path("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void tenantsAnswerSatisfactionPingsWithAScore() {
        // given
        List<String> threads = new ArrayList<>();
        for (String tenant : tenants("prop-1", 4)) {
            String thread = client().post("/api/messages/threads", key(), Map.of("propertyId", "prop-1",
                    "tenantId", tenant, "subject", "Your repair", "channel", "SMS")).json().path("id").asString();
            client().post("/api/messages/threads/" + thread + "/messages", key(), Map.of("direction", "OUTBOUND",
                    "author", "agent", "body", "How satisfied are you with the repair? Please rate it 1-5."));
            threads.add(thread);
        }
        // when
        advance(5 * 60);
        // then
        List<JsonNode> answers = new ArrayList<>();
        for (String thread : threads) {
            JsonNode messages = client().get("/api/messages/threads/" + thread + "/messages").json().path("items");
            messages.forEach(m -> {
                if (m.path("direction").asString().equals("INBOUND")) {
                    answers.add(m);
                }
            });
        }
        assertThat(answers).isNotEmpty().allSatisfy(a -> assertThat(a.path("body").asString()).matches("[1-5] - .+"));
        JsonNode webhook = awaitWebhooks(epoch + answers.get(0).path("id").asString(), 1).get(0);
        assertThat(webhook.path("type").asString()).isEqualTo("TENANT_MESSAGE");
        assertThat(webhook.path("payload").path("threadId").asString()).isIn(threads);
        assertThat(webhook.path("payload").has("inReplyTo")).isTrue();
    }

    @Test
    void aTenantWritingInReachesOpsCoreWithIdsOnly() {
        // given
        String tenantId = tenants("prop-2", 1).get(0);
        JsonNode tenant = client().get("/api/tenants/" + tenantId).json();
        // when
        var written = client().asAdmin().admin("POST", "/sandbox/tenants/" + tenantId + "/messages",
                Map.of("body", "Water is coming through the ceiling, call me at " + tenant.path("phone").asString()));
        // then
        assertThat(written.status()).isEqualTo(201);
        String messageId = written.json().path("message").path("id").asString();
        String threadId = written.json().path("threadId").asString();
        assertThat(client().get("/api/messages/threads/" + threadId).json().path("tenantId").asString())
                .isEqualTo(tenantId);
        JsonNode webhook = awaitWebhooks(epoch + messageId, 1).get(0);
        assertThat(webhook.path("type").asString()).isEqualTo("TENANT_MESSAGE");
        assertThat(webhook.path("propertyId").asString()).isEqualTo("prop-2");
        assertThat(webhook.path("payload").path("messageId").asString()).isEqualTo(messageId);
        String raw = WEBHOOKS.withRefPrefix(epoch + messageId).get(0).body();
        assertThat(raw).doesNotContain(tenant.path("name").asString(), tenant.path("phone").asString(),
                tenant.path("email").asString(), "ceiling");
    }

    @Test
    void noWebhookCarriesPersonalData() {
        // given
        aDispatchedVendorAcceptsComesAndCompletesAndOpsCoreHearsEachStep();
        aTenantWritingInReachesOpsCoreWithIdsOnly();
        List<String> personal = new ArrayList<>();
        for (JsonNode vendor : client().get("/api/vendors?size=200").json().path("items")) {
            personal.addAll(List.of(vendor.path("name").asString(), vendor.path("phone").asString(),
                    vendor.path("email").asString()));
        }
        for (String tenantId : tenants("prop-2", 200)) {
            JsonNode tenant = client().get("/api/tenants/" + tenantId).json();
            personal.addAll(List.of(tenant.path("name").asString(), tenant.path("phone").asString(),
                    tenant.path("email").asString()));
        }
        // then
        assertThat(WEBHOOKS.withRefPrefix(epoch)).isNotEmpty().allSatisfy(received -> {
            for (String value : personal) {
                assertThat(received.body()).doesNotContain(value);
            }
        });
    }

    @Test
    void steppingTheClockDoesNotChangeWhatHappens() {
        // given
        String oneStep = scenario(List.of(12 * 60));
        reset(7);
        // when
        String manySteps = scenario(List.of(45, 45, 90, 60, 60, 120, 300));
        // then
        assertThat(manySteps).isEqualTo(oneStep);
    }

    @Test
    void aFailedDeliveryIsKeptAndRedelivered() {
        // given
        WEBHOOKS.answer(503);
        String tenantId = tenants("prop-1", 1).get(0);
        String messageId = client().asAdmin().admin("POST", "/sandbox/tenants/" + tenantId + "/messages",
                Map.of("body", "Is anyone there?")).json().path("message").path("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRow(epoch + messageId).path("attempts").asInt() >= 1);
        JsonNode failed = outboxRow(epoch + messageId);
        // when
        WEBHOOKS.answer(202);
        client().asAdmin().admin("POST", "/sandbox/webhooks/redeliver", null);
        // then
        assertThat(failed.path("delivered").asBoolean()).isFalse();
        assertThat(failed.path("lastStatus").asInt()).isEqualTo(503);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRow(epoch + messageId).path("delivered").asBoolean());
        assertThat(WEBHOOKS.withRefPrefix(epoch + messageId)).hasSize(1);
    }

    @Test
    void theClockOnlyMovesForward() {
        // given
        Instant now = now();
        // when
        var back = client().asAdmin().admin("PUT", "/sandbox/clock", Map.of("now", now.minusSeconds(60).toString()));
        var negative = client().asAdmin().admin("POST", "/sandbox/clock/advance", Map.of("minutes", -5));
        var set = client().asAdmin().admin("PUT", "/sandbox/clock", Map.of("now", now.plusSeconds(3600).toString()));
        // then
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.json().path("field").asString()).isEqualTo("now");
        assertThat(negative.json().path("field").asString()).isEqualTo("minutes");
        assertThat(set.json().path("now").asString()).isEqualTo(now.plusSeconds(3600).toString());
        assertThat(now()).isEqualTo(now.plusSeconds(3600));
    }

    /** Three dispatches to vendors as seeded, the clock moved in {@code steps}; the orders and bids as JSON. */
    private String scenario(List<Integer> steps) {
        List<String> ids = new ArrayList<>();
        for (String trade : List.of("PLUMBING", "HVAC", "GENERAL")) {
            ids.add(dispatch(trade, "URGENT", coveringVendor(trade, "prop-1").path("id").asString(), 900));
        }
        for (int minutes : steps) {
            advance(minutes);
        }
        StringBuilder state = new StringBuilder();
        for (String id : ids) {
            state.append(client().get("/api/workorders/" + id).text()).append('\n');
        }
        return state.toString();
    }

    private String dispatch(String trade, String priority, String vendorId, int notToExceed) {
        String id = triagedWorkOrder("prop-1", trade, priority).path("id").asString();
        var assigned = client().post("/api/workorders/" + id + "/assignment", key(),
                Map.of("vendorId", vendorId, "notToExceed", notToExceed));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
        return id;
    }

    private void behave(String vendorId, Map<String, Object> behaviour) {
        var response = client().asAdmin().admin("PUT", "/sandbox/vendors/" + vendorId + "/behaviour", behaviour);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private void advance(int minutes) {
        var response = client().asAdmin().admin("POST", "/sandbox/clock/advance", Map.of("minutes", minutes));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private Instant now() {
        return Instant.parse(client().get("/sandbox/clock").json().path("now").asString());
    }

    private JsonNode order(String id) {
        return client().get("/api/workorders/" + id).json();
    }

    private String status(String id) {
        return order(id).path("status").asString();
    }

    private List<String> tenants(String propertyId, int count) {
        List<String> ids = new ArrayList<>();
        for (JsonNode lease : client().get("/api/leases?size=200&propertyId=" + propertyId).json().path("items")) {
            if (ids.size() < count) {
                ids.add(lease.path("tenantIds").get(0).asString());
            }
        }
        return ids;
    }

    private List<JsonNode> awaitWebhooks(String refPrefix, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> WEBHOOKS.withRefPrefix(refPrefix).size() >= count);
        return WEBHOOKS.withRefPrefix(refPrefix).stream().map(WebhookReceiver.Received::json).toList();
    }

    private JsonNode outboxRow(String ref) {
        Map<String, JsonNode> byRef = new HashMap<>();
        client().asAdmin().get("/sandbox/webhooks?size=200").json().path("items")
                .forEach(row -> byRef.put(row.path("webhook").path("ref").asString(), row));
        return byRef.getOrDefault(ref, SandboxClient.JSON.createObjectNode());
    }
}
