package dev.opscore.ops.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.support.SandboxTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /sandbox/reset}: the same seed serves the same listings, ids included; another seed others. */
class SeedDeterminismTest extends SandboxTestBase {

    @AfterEach
    void backToTheDefaultWorld() {
        reset(7);
    }

    @Test
    void twoResetsWithTheSameSeedServeIdenticalListings() {
        // given
        reset(11);
        List<String> first = listings();
        client().post("/api/workorders", key(), Map.of("propertyId", "prop-1", "category", "GENERAL",
                "priority", "ROUTINE", "title", "Gone after the reset"));
        // when
        reset(11);
        List<String> second = listings();
        // then
        assertThat(second).isEqualTo(first);
        assertThat(client().get("/api/workorders").json().path("total").asLong()).isZero();
    }

    @Test
    void anotherSeedServesAnotherPortfolio() {
        // given
        reset(11);
        List<String> eleven = listings();
        // when
        reset(12);
        List<String> twelve = listings();
        // then
        assertThat(twelve).isNotEqualTo(eleven);
    }

    @Test
    void aResetRestartsTheClockAndMovesTheEpochOn() {
        // given
        var before = reset(11);
        client().asAdmin().admin("POST", "/sandbox/clock/advance", Map.of("minutes", 90));
        // when
        var after = reset(11);
        // then
        assertThat(after.path("now").asString()).isEqualTo("2026-01-05T08:00:00Z");
        assertThat(after.path("seed").asLong()).isEqualTo(11);
        assertThat(after.path("epoch").asInt()).isEqualTo(before.path("epoch").asInt() + 1);
    }

    @Test
    void theIdsOfNewRowsRestartWithTheWorld() {
        // given
        reset(11);
        String firstId = createOrder();
        // when
        reset(11);
        String againId = createOrder();
        // then
        assertThat(againId).isEqualTo(firstId).isEqualTo("wo-1");
    }

    private String createOrder() {
        return client().post("/api/workorders", key(), Map.of("propertyId", "prop-1", "category", "GENERAL",
                "priority", "ROUTINE", "title", "Numbered")).json().path("id").asString();
    }

    private List<String> listings() {
        List<String> texts = new ArrayList<>();
        for (String path : List.of("/api/properties", "/api/properties/prop-1/units?size=200",
                "/api/properties/prop-3/units?size=200", "/api/vendors?size=200", "/api/leases?size=200",
                "/api/applications?size=200", "/api/compliance?size=200", "/api/pm-schedules?size=200",
                "/api/inspections?size=200", "/api/tenants/ten-1-01-1")) {
            var response = client().get(path);
            texts.add(path + " " + response.status() + " " + response.text());
        }
        return texts;
    }
}
