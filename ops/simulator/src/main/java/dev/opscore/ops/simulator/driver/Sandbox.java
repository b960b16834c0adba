package dev.opscore.ops.simulator.driver;

import dev.opscore.ops.simulator.scenario.PortfolioView;
import dev.opscore.ops.simulator.scenario.PropertyView;
import dev.opscore.ops.simulator.scenario.UnitView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox PMS as the simulator drives it over HTTP (service token): its clock, tenants writing
 * in, fault rules, and the portfolio as the PMS contract lists it.
 */
final class Sandbox {

    private final Http http;
    private final String auth;

    Sandbox(Http http, String auth) {
        this.http = http;
        this.auth = auth;
    }

    /** A tenant's message as the PMS stored it. */
    record Written(String threadId, String messageId) {
    }

    Instant now() {
        return Instant.parse(Http.expectOk(http.get("/sandbox/clock", auth), "GET /sandbox/clock").body()
                .path("now").asString());
    }

    int epoch() {
        return Http.expectOk(http.get("/sandbox/clock", auth), "GET /sandbox/clock").body().path("epoch").asInt();
    }

    /** Runs the world up to {@code at}: every vendor and tenant happening due on the way. */
    void moveTo(Instant at) {
        Http.expectOk(http.put("/sandbox/clock", Map.of("now", at.toString()), auth), "PUT /sandbox/clock " + at);
    }

    Written tenantWrites(String tenantId, String body) {
        JsonNode reply = Http.expectOk(http.post("/sandbox/tenants/" + tenantId + "/messages", Map.of("body", body), auth),
                "tenant " + tenantId + " writing").body();
        return new Written(reply.path("threadId").asString(), reply.path("message").path("id").asString());
    }

    void faults(List<Map<String, Object>> rules) {
        Http.expectOk(http.put("/sandbox/faults", rules, auth), "PUT /sandbox/faults");
    }

    /** Active vendors of a trade at a property with room for another order, as the contract lists them. */
    List<JsonNode> vendors(String trade, String propertyId) {
        List<JsonNode> vendors = new ArrayList<>();
        pages("/api/vendors?trade=" + trade + "&propertyId=" + propertyId, vendors::add);
        return vendors.stream().filter(v -> v.path("active").asBoolean())
                .filter(v -> v.path("openWorkOrders").asInt() < v.path("maxOpenWorkOrders").asInt()).toList();
    }

    /** A PM schedule's category, as the PMS has it. */
    String pmCategory(String pmScheduleId) {
        return Http.expectOk(http.get("/api/pm-schedules/" + pmScheduleId, auth), "GET /api/pm-schedules/" + pmScheduleId)
                .body().path("category").asString();
    }

    /** Properties (in the PMS's order), their units and tenants, and their PM schedules. */
    PortfolioView portfolio() {
        List<PropertyView> properties = new ArrayList<>();
        List<JsonNode> listed = new ArrayList<>();
        pages("/api/properties?", listed::add);
        for (JsonNode property : listed) {
            String id = property.path("id").asString();
            List<UnitView> units = new ArrayList<>();
            pages("/api/properties/" + id + "/units?", unit -> {
                List<String> tenants = new ArrayList<>();
                unit.path("tenantIds").forEach(t -> tenants.add(t.asString()));
                units.add(new UnitView(unit.path("id").asString(), tenants));
            });
            List<String> schedules = new ArrayList<>();
            pages("/api/pm-schedules?propertyId=" + id, pm -> schedules.add(pm.path("id").asString()));
            properties.add(new PropertyView(id, property.path("timezone").asString(), units, schedules));
        }
        return new PortfolioView(properties);
    }

    private void pages(String path, Consumer<JsonNode> each) {
        String separator = path.endsWith("?") ? "" : "&";
        for (int page = 0; ; page++) {
            JsonNode body = Http.expectOk(http.get(path + separator + "page=" + page + "&size=200", auth), "GET " + path)
                    .body();
            body.path("items").forEach(each);
            if (body.path("items").size() < 200) {
                return;
            }
        }
    }
}
