package dev.opscore.app.triage;

import static dev.opscore.app.support.ApiClient.Caller.MANAGER;
import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/agent/triage} with a sandbox property: its zone from the PMS decides the season. */
class TriageContextApiTest extends ApiTestBase {

    private JsonNode triage(Map<String, Object> body) {
        var response = api().post("/api/agent/triage", body, MANAGER);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private String zoneOf(String propertyId) {
        var response = api().get("/api/properties/" + propertyId, SERVICE);
        assertThat(response.status()).isEqualTo(200);
        return response.body().path("timezone").asString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    @Test
    void noHeatInJanuaryAtANewYorkPropertyIsAnEscalatedHvacEmergency() {
        // given
        assertThat(zoneOf("prop-1")).isEqualTo("America/New_York");
        // when
        JsonNode result = triage(Map.of("text", "the heat is out", "receivedAt", "2026-01-14T23:10:00-05:00",
                "propertyId", "prop-1"));
        // then
        assertThat(result.path("intent").asString()).isEqualTo("MAINTENANCE_INTAKE");
        assertThat(result.path("category").asString()).isEqualTo("HVAC");
        assertThat(result.path("priority").asString()).isEqualTo("EMERGENCY");
        assertThat(result.path("escalate").asBoolean()).isTrue();
        assertThat(texts(result.path("evidence"))).contains("SEASONAL_COLD: \"America/New_York 2026-01\"");
    }

    @Test
    void aBareHeatQuestionInJanuaryIsMildAtALosAngelesProperty() {
        // given
        assertThat(zoneOf("prop-3")).isEqualTo("America/Los_Angeles");
        // when
        JsonNode result = triage(Map.of("text", "heat?", "receivedAt", "2026-01-14T09:00:00-08:00",
                "propertyId", "prop-3"));
        // then: the zone came from the PMS, so the calendar fallback (January is cold) did not apply
        assertThat(texts(result.path("evidence"))).noneMatch(e -> e.startsWith("SEASONAL_"));
    }

    @Test
    void anUnknownPropertyDoesNotFailTriageAndFallsBackToTheCalendar() {
        // when
        JsonNode result = triage(Map.of("text", "heat?", "receivedAt", "2026-01-14T09:00:00-05:00",
                "propertyId", "prop-" + UUID.randomUUID()));
        // then
        assertThat(result.path("priority").asString()).isEqualTo("EMERGENCY");
        assertThat(texts(result.path("evidence"))).contains("SEASONAL_COLD: \"unknown zone 2026-01\"");
    }
}
