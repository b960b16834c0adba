package dev.opscore.ops.sandbox.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.support.SandboxTestBase;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /sandbox/reset {"seed": n, "properties": m}}: a portfolio of m properties, 1..200. */
class ResetPropertiesTest extends SandboxTestBase {

    @AfterEach
    void backToTheDefaultWorld() {
        reset(7);
    }

    @Test
    void aResetWithAPropertyCountServesThatManyProperties() {
        // when
        var response = client().asAdmin().admin("POST", "/sandbox/reset", Map.of("seed", 7, "properties", 20));
        // then
        assertThat(response.status()).isEqualTo(200);
        var properties = client().get("/api/properties?size=200").json();
        assertThat(properties.path("total").asInt()).isEqualTo(20);
        assertThat(client().get("/api/properties/prop-20/units?size=200").status()).isEqualTo(200);
        assertThat(client().get("/api/vendors?propertyId=prop-20&size=200").json().path("total").asInt())
                .isPositive();
    }

    @Test
    void aResetWithoutACountServesTheDefaultPortfolioAgain() {
        // given
        client().asAdmin().admin("POST", "/sandbox/reset", Map.of("seed", 7, "properties", 12));
        // when
        reset(7);
        // then
        assertThat(client().get("/api/properties?size=200").json().path("total").asInt())
                .isEqualTo(PortfolioGenerator.generate(7, Instant.parse("2026-01-05T08:00:00Z")).properties().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-3", "many"})
    void aCountOutsideOneToTwoHundredOrNotANumberIsA400NamingProperties(String given) {
        // given
        Map<String, Object> body = new HashMap<>();
        body.put("seed", 7);
        body.put("properties", given.matches("-?\\d+") ? Integer.valueOf(given) : given);
        // when
        var response = client().asAdmin().admin("POST", "/sandbox/reset", body);
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("properties");
    }
}
