package dev.opscore.ops.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.support.SandboxTestBase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The writes beyond work orders: threads and messages, compliance, PM, inspections, notifications. */
class OtherWritesTest extends SandboxTestBase {

    @Test
    void aThreadTakesMessagesAndFollowsWhoseTurnItIs() {
        // given
        JsonNode lease = client().get("/api/leases?propertyId=prop-2&size=1").json().path("items").get(0);
        String tenant = lease.path("tenantIds").get(0).asString();
        // when
        var thread = client().post("/api/messages/threads", key(), Map.of("propertyId", "prop-2", "unitId",
                lease.path("unitId").asString(), "tenantId", tenant, "subject", "Heating", "channel", "SMS"));
        String threadId = thread.json().path("id").asString();
        var outbound = client().post("/api/messages/threads/" + threadId + "/messages", key(),
                Map.of("direction", "OUTBOUND", "author", "agent", "body", "A technician comes tomorrow."));
        JsonNode afterOutbound = client().get("/api/messages/threads/" + threadId).json();
        var closed = client().post("/api/messages/threads/" + threadId + "/status", key(), Map.of("to", "CLOSED"));
        var late = client().post("/api/messages/threads/" + threadId + "/messages", key(),
                Map.of("direction", "OUTBOUND", "author", "agent", "body", "One more thing"));
        // then
        assertThat(thread.status()).isEqualTo(200);
        assertThat(thread.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(outbound.json().path("threadId").asString()).isEqualTo(threadId);
        assertThat(afterOutbound.path("status").asString()).isEqualTo("WAITING_ON_TENANT");
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(late.status()).isEqualTo(409);
        JsonNode messages = client().get("/api/messages/threads/" + threadId + "/messages").json();
        assertThat(messages.path("total").asLong()).isEqualTo(1);
        assertThat(client().get("/api/messages/threads?tenantId=" + tenant).json().path("items")
                .findValuesAsString("id")).contains(threadId);
    }

    @Test
    void threadsAndMessagesValidateLikeARealServer() {
        // when
        var noTenant = client().post("/api/messages/threads", key(), Map.of("propertyId", "prop-1",
                "subject", "x", "channel", "SMS"));
        var foreignTenant = client().post("/api/messages/threads", key(), Map.of("propertyId", "prop-1",
                "tenantId", firstTenant("prop-2"), "subject", "x", "channel", "SMS"));
        var badChannel = client().post("/api/messages/threads", key(), Map.of("propertyId", "prop-1",
                "tenantId", firstTenant("prop-1"), "subject", "x", "channel", "FAX"));
        var noBody = client().post("/api/messages/threads/thr-1/messages", key(), Map.of("direction", "INBOUND",
                "author", "t"));
        // then
        assertThat(noTenant.json().path("field").asString()).isEqualTo("tenantId");
        assertThat(foreignTenant.json().path("field").asString()).isEqualTo("tenantId");
        assertThat(foreignTenant.json().path("detail").asString()).contains("does not live in property prop-1");
        assertThat(badChannel.json().path("field").asString()).isEqualTo("channel");
        assertThat(noBody.json().path("field").asString()).isEqualTo("body");
    }

    @Test
    void aComplianceItemTakesAWorkOrderAndCompletes() {
        // given
        String workOrder = triagedWorkOrder("prop-1", "GENERAL", "ROUTINE").path("id").asString();
        // when
        var linked = client().post("/api/compliance/cmp-1-02", key(), Map.of("workOrderId", workOrder,
                "status", "IN_PROGRESS"));
        var done = client().post("/api/compliance/cmp-1-02", key(), Map.of("status", "COMPLETED"));
        var unknown = client().post("/api/compliance/cmp-1-02", key(), Map.of("workOrderId", "wo-999999"));
        var empty = client().post("/api/compliance/cmp-1-02", key(), Map.of());
        var missing = client().post("/api/compliance/cmp-9-99", key(), Map.of("status", "COMPLETED"));
        // then
        assertThat(linked.json().path("workOrderId").asString()).isEqualTo(workOrder);
        assertThat(done.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.json().path("completedAt").asString()).isNotBlank();
        assertThat(unknown.json().path("field").asString()).isEqualTo("workOrderId");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void aPmCompletionMovesTheNextDueDate() {
        // given
        JsonNode schedule = client().get("/api/pm-schedules/pm-2-01").json();
        // when
        var done = client().post("/api/pm-schedules/pm-2-01/completions", key(), Map.of("completedOn", "2026-01-02"));
        var future = client().post("/api/pm-schedules/pm-2-01/completions", key(), Map.of("completedOn", "2030-01-01"));
        var noDate = client().post("/api/pm-schedules/pm-2-01/completions", key(), Map.of());
        // then
        assertThat(done.json().path("lastCompletedDate").asString()).isEqualTo("2026-01-02");
        assertThat(done.json().path("nextDueDate").asString()).isEqualTo(java.time.LocalDate.parse("2026-01-02")
                .plusDays(schedule.path("intervalDays").asInt()).toString());
        assertThat(future.json().path("field").asString()).isEqualTo("completedOn");
        assertThat(noDate.json().path("field").asString()).isEqualTo("completedOn");
    }

    @Test
    void anInspectionIsScheduledThenCompletedOnce() {
        // given
        Instant now = Instant.parse(client().get("/sandbox/clock").json().path("now").asString());
        String when = now.plus(3, ChronoUnit.DAYS).toString();
        // when
        var scheduled = client().post("/api/inspections", key(), Map.of("propertyId", "prop-1", "unitId", "unit-1-02",
                "type", "MOVE_IN", "scheduledFor", when));
        String id = scheduled.json().path("id").asString();
        var completed = client().post("/api/inspections/" + id + "/result", key(), Map.of("findings", "All fine"));
        var again = client().post("/api/inspections/" + id + "/result", key(), Map.of("findings", "Again"));
        var noUnit = client().post("/api/inspections", key(), Map.of("propertyId", "prop-1", "type", "MOVE_OUT",
                "scheduledFor", when));
        var past = client().post("/api/inspections", key(), Map.of("propertyId", "prop-1", "type", "ROUTINE",
                "scheduledFor", now.minus(1, ChronoUnit.DAYS).toString()));
        // then
        assertThat(scheduled.json().path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().path("findings").asString()).isEqualTo("All fine");
        assertThat(again.status()).isEqualTo(409);
        assertThat(noUnit.json().path("field").asString()).isEqualTo("unitId");
        assertThat(past.json().path("field").asString()).isEqualTo("scheduledFor");
    }

    @Test
    void aNotificationIsSentToAKnownRecipient() {
        // given
        String tenant = firstTenant("prop-1");
        // when
        var sent = client().post("/api/notifications", key(), Map.of("recipientType", "TENANT", "recipientId", tenant,
                "channel", "SMS", "body", "Water off 10-12 tomorrow"));
        var staff = client().post("/api/notifications", key(), Map.of("recipientType", "STAFF",
                "recipientId", "manager-1", "channel", "EMAIL", "subject", "FYI", "body", "Leak handled"));
        var unknown = client().post("/api/notifications", key(), Map.of("recipientType", "VENDOR",
                "recipientId", "ven-99", "channel", "SMS", "body", "x"));
        // then
        assertThat(sent.json().path("status").asString()).isEqualTo("SENT");
        assertThat(client().get("/api/notifications/" + sent.json().path("id").asString()).json())
                .isEqualTo(sent.json());
        assertThat(client().get("/api/notifications?recipientId=" + tenant).json().path("items")
                .findValuesAsString("id")).contains(sent.json().path("id").asString());
        assertThat(staff.status()).isEqualTo(200);
        assertThat(unknown.json().path("field").asString()).isEqualTo("recipientId");
    }

    private String firstTenant(String propertyId) {
        return client().get("/api/leases?propertyId=" + propertyId + "&size=1").json().path("items").get(0)
                .path("tenantIds").get(0).asString();
    }
}
