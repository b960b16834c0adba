package dev.opscore.ops.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opscore.ops.sandbox.support.SandboxTestBase;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults set at run time per endpoint, in front of the contract's paths only. */
class FaultInjectionTest extends SandboxTestBase {

    @AfterEach
    void clearFaults() {
        client().asAdmin().admin("DELETE", "/sandbox/faults", null);
    }

    @Test
    void failNextFailsExactlyThatManyMatchingCalls() {
        // given
        setFaults(List.of(Map.of("path", "/api/vendors/**", "failNext", 2)));
        // when
        var first = client().get("/api/vendors");
        var second = client().get("/api/vendors/ven-01");
        var third = client().get("/api/vendors");
        var otherPath = client().get("/api/properties");
        // then
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.contentType()).startsWith("application/problem+json");
        assertThat(first.json().path("injected").asBoolean()).isTrue();
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
        assertThat(otherPath.status()).isEqualTo(200);
    }

    @Test
    void aMethodNarrowsTheRuleAndStatusIsConfigurable() {
        // given
        setFaults(List.of(Map.of("method", "POST", "path", "/api/workorders/**", "failNext", 1, "status", 500)));
        // when
        var read = client().get("/api/workorders?size=1");
        var write = client().post("/api/workorders", key(), Map.of("propertyId", "prop-1", "category", "GENERAL",
                "priority", "ROUTINE", "title", "Fault test"));
        // then
        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(500);
    }

    @Test
    void tooManyRequestsAnswers429WithRetryAfter() {
        // given
        setFaults(List.of(Map.of("path", "/api/properties/**", "tooManyRequests", 3)));
        // when
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 4; i++) {
            var response = client().get("/api/properties");
            statuses.add(response.status());
            retryAfter = retryAfter == null ? response.header("Retry-After") : retryAfter;
        }
        // then
        assertThat(statuses).containsExactly(429, 429, 429, 200);
        assertThat(retryAfter).isEqualTo("1");
    }

    @Test
    void theRulesShowWhatIsLeftAndDeleteClearsThem() {
        // given
        setFaults(List.of(Map.of("path", "/api/leases/**", "failNext", 3)));
        client().get("/api/leases");
        // when
        var current = client().asAdmin().get("/sandbox/faults").json();
        client().asAdmin().admin("DELETE", "/sandbox/faults", null);
        // then
        assertThat(current.get(0).path("failNext").asInt()).isEqualTo(2);
        assertThat(client().asAdmin().get("/sandbox/faults").json()).isEmpty();
        assertThat(client().get("/api/leases").status()).isEqualTo(200);
    }

    @Test
    void latencyDelaysTheAnswerThenServesIt() {
        // given
        setFaults(List.of(Map.of("path", "/api/applications/**", "latencyMs", 400)));
        long started = System.nanoTime();
        // when
        var response = client().get("/api/applications");
        // then
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void timeoutHoldsTheCallLongerThanTheClientWaits() {
        // given
        setFaults(List.of(Map.of("path", "/api/inspections/**", "timeoutMs", 1500)));
        // when / then
        assertThatThrownBy(() -> client().withTimeout(Duration.ofMillis(300))
                .sendChecked("GET", "/api/inspections", null, null))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void anErrorRateOfOneFailsEveryCallAndZeroNone() {
        // given
        setFaults(List.of(Map.of("path", "/api/compliance/**", "errorRate", 1.0),
                Map.of("path", "/api/pm-schedules/**", "errorRate", 0.0)));
        // when / then
        for (int i = 0; i < 3; i++) {
            assertThat(client().get("/api/compliance").status()).isEqualTo(503);
            assertThat(client().get("/api/pm-schedules").status()).isEqualTo(200);
        }
    }

    @Test
    void aPartialErrorRateIsRepeatableForTheSameSeed() {
        // when
        List<Integer> first = errorRateRun();
        List<Integer> second = errorRateRun();
        // then
        assertThat(first).isEqualTo(second).contains(200, 503);
    }

    @Test
    void theAdministrationIsNeverFaulted() {
        // given
        setFaults(List.of(Map.of("path", "/api/**", "failNext", 5)));
        // when
        var clock = client().asAdmin().get("/sandbox/clock");
        // then
        assertThat(clock.status()).isEqualTo(200);
    }

    @Test
    void invalidRulesAre400NamingTheField() {
        // when
        var response = client().asAdmin().admin("PUT", "/sandbox/faults",
                List.of(Map.of("path", "/api/vendors/**"), Map.of("path", "/api/leases/**", "errorRate", 1.5)));
        var noPath = client().asAdmin().admin("PUT", "/sandbox/faults", List.of(Map.of("failNext", 1)));
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("[1].errorRate");
        assertThat(noPath.json().path("field").asString()).isEqualTo("[0].path");
    }

    private List<Integer> errorRateRun() {
        setFaults(List.of(Map.of("path", "/api/leases/**", "errorRate", 0.5)));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(client().get("/api/leases?size=1").status());
        }
        return statuses;
    }

    private void setFaults(List<Map<String, Object>> rules) {
        var response = client().asAdmin().admin("PUT", "/sandbox/faults", rules);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }
}
