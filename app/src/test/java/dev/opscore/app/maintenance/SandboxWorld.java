package dev.opscore.app.maintenance;

import static dev.opscore.app.support.ApiClient.Caller.ADMIN;
import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The in-process sandbox PMS as a test drives it over HTTP: its clock, its tenants, vendors and faults. */
final class SandboxWorld {

    private final ApiClient api;

    SandboxWorld(ApiClient api) {
        this.api = api;
    }

    Instant now() {
        return Instant.parse(api.get("/sandbox/clock", ADMIN).body().path("now").asString());
    }

    int epoch() {
        return api.get("/sandbox/clock", ADMIN).body().path("epoch").asInt();
    }

    /** Moves the world (and OpsCore, which runs on its time) to the next {@code hourUtc}:00 UTC. */
    Instant moveToNext(int hourUtc) {
        Instant now = now();
        Instant next = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(hourUtc));
        while (!next.isAfter(now.plusSeconds(60))) {
            next = next.plus(Duration.ofDays(1));
        }
        var moved = api.put("/sandbox/clock", Map.of("now", next.toString()), ADMIN);
        assertThat(moved.status()).isEqualTo(200);
        return next;
    }

    void advance(int minutes) {
        assertThat(api.post("/sandbox/clock/advance", Map.of("minutes", minutes), ADMIN).status()).isEqualTo(200);
    }

    /** A tenant writes in; returns the message's id. */
    TenantMessage tenantWrites(String tenantId, String body) {
        var response = api.post("/sandbox/tenants/" + tenantId + "/messages", Map.of("body", body), ADMIN);
        assertThat(response.status()).isEqualTo(201);
        return new TenantMessage(response.body().path("threadId").asString(),
                response.body().path("message").path("id").asString(),
                "TENANT_MESSAGE:e" + epoch() + ":" + response.body().path("message").path("id").asString());
    }

    record TenantMessage(String threadId, String messageId, String triggerRef) {
    }

    /** Occupied units of a property, as unit id and first tenant id. */
    List<String[]> occupiedUnits(String propertyId) {
        List<String[]> units = new ArrayList<>();
        for (JsonNode unit : api.get("/api/properties/" + propertyId + "/units?size=100", SERVICE).body().path("items")) {
            if (!unit.path("tenantIds").isEmpty()) {
                units.add(new String[] {unit.path("id").asString(), unit.path("tenantIds").get(0).asString()});
            }
        }
        return units;
    }

    List<String> vendors(String trade, String propertyId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode v : api.get("/api/vendors?trade=" + trade + "&propertyId=" + propertyId + "&size=100", SERVICE)
                .body().path("items")) {
            if (v.path("active").asBoolean()) {
                ids.add(v.path("id").asString());
            }
        }
        return ids;
    }

    void scriptVendors(String trade, String propertyId, double accept, double ignore) {
        for (String vendorId : vendors(trade, propertyId)) {
            var response = api.put("/sandbox/vendors/" + vendorId + "/behaviour", Map.of("acceptProbability", accept,
                    "ignoreProbability", ignore, "responseDelayMinutes", 30, "noShowProbability", 0.0,
                    "durationMinutes", 60, "costSpread", 0.1), ADMIN);
            assertThat(response.status()).isEqualTo(200);
        }
    }

    void faults(List<Map<String, Object>> rules) {
        assertThat(api.put("/sandbox/faults", rules, ADMIN).status()).isEqualTo(200);
    }

    JsonNode faults() {
        return api.get("/sandbox/faults", ADMIN).body();
    }

    void clearFaults() {
        assertThat(api.send("DELETE", "/sandbox/faults", null, ADMIN).status()).isIn(200, 204);
    }

    JsonNode workOrder(String id) {
        return api.get("/api/workorders/" + id, SERVICE).body();
    }

    JsonNode workOrdersOfUnit(String propertyId, String unitId) {
        return api.get("/api/workorders?propertyId=" + propertyId + "&unitId=" + unitId + "&size=100", SERVICE).body()
                .path("items");
    }

    List<String> outboundMessages(String threadId) {
        List<String> bodies = new ArrayList<>();
        for (JsonNode m : api.get("/api/messages/threads/" + threadId + "/messages?size=200", SERVICE).body().path("items")) {
            if ("OUTBOUND".equals(m.path("direction").asString())) {
                bodies.add(m.path("body").asString() + " @" + m.path("sentAt").asString());
            }
        }
        return bodies;
    }
}
