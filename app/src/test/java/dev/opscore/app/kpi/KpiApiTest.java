package dev.opscore.app.kpi;

import static dev.opscore.app.support.ApiClient.Caller.ANONYMOUS;
import static dev.opscore.app.support.ApiClient.Caller.GOVERNOR;
import static dev.opscore.app.support.ApiClient.Caller.MANAGER;
import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static dev.opscore.db.kpi.OutcomeBuilder.resolved;
import static dev.opscore.db.kpi.OutcomeBuilder.unresolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiTestBase;
import dev.opscore.db.JsonColumns;
import dev.opscore.db.kpi.KpiScenario;
import dev.opscore.jobs.exception.ExceptionCategory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KpiApiTest extends ApiTestBase {

    private static final Instant JANUARY_10 = Instant.parse("2026-01-10T12:00:00Z");

    @Autowired
    private JsonColumns json;

    @Autowired
    private Clock clock;

    private KpiScenario scenario;
    private String property;

    @BeforeEach
    void setUp() {
        scenario = new KpiScenario(jdbc, json);
        property = "prop-kpi-" + UUID.randomUUID();
    }

    @Test
    void thePanelOfOnePropertyOverAWindow() {
        // given
        scenario.run(property, JANUARY_10, resolved().priority("URGENT").cost("200.00")
                .acknowledgedAfter(Duration.ofSeconds(90)));
        UUID touched = scenario.run(property, JANUARY_10.plus(Duration.ofDays(1)), resolved().priority("URGENT")
                .managerTouches(1).slaMet(false).cost("300.00").repeatIssue().acknowledgedAfter(Duration.ofSeconds(30)));
        scenario.exception(property, "FINANCIAL", JANUARY_10, touched);
        // when
        var response = api().get("/api/agent/kpis?from=2026-01-01&to=2026-02-01T00:00:00Z&propertyId=" + property,
                MANAGER);
        // then
        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.path("from").asString()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(body.path("to").asString()).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(body.path("propertyId").asString()).isEqualTo(property);
        assertThat(body.path("autonomousResolutionRate").asDouble()).isEqualTo(0.5);
        assertThat(body.path("escalationRateByCategory").propertyNames()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ExceptionCategory.values()).map(Enum::name).toList());
        assertThat(body.path("escalationRateByCategory").path("FINANCIAL").path("exceptions").asLong()).isEqualTo(1);
        assertThat(body.path("escalationRateByCategory").path("FINANCIAL").path("rate").asDouble()).isEqualTo(0.5);
        assertThat(body.path("escalationRateByCategory").path("LEGAL").path("rate").asDouble()).isZero();
        assertThat(body.path("slaAttainment").asDouble()).isEqualTo(0.5);
        assertThat(body.path("slaAttainmentByPriority").path("URGENT").path("measured").asLong()).isEqualTo(2);
        assertThat(body.path("costPerResolvedWorkOrder").decimalValue()).isEqualByComparingTo(new BigDecimal("250"));
        assertThat(body.path("repeatIssueRate").asDouble()).isEqualTo(0.5);
        assertThat(body.path("timeToAcknowledge").path("p50Seconds").asDouble()).isEqualTo(60.0);
        assertThat(body.path("timeToAcknowledge").path("samples").asLong()).isEqualTo(2);
        assertThat(body.path("timeToDispatch").path("p50Seconds").isNull()).isTrue();
        assertThat(body.path("counts").path("runs").asLong()).isEqualTo(2);
        assertThat(body.path("counts").path("escalatedRuns").asLong()).isEqualTo(1);
        assertThat(body.path("counts").path("managerTouches").asLong()).isEqualTo(1);
    }

    @Test
    void withoutAWindowTheLastThirtyDaysByTheClock() {
        // given
        Instant now = clock.instant();
        scenario.run(property, now.minus(Duration.ofDays(1)), resolved());
        scenario.run(property, now.minus(Duration.ofDays(31)), unresolved());
        // when
        var body = api().get("/api/agent/kpis?propertyId=" + property, MANAGER).body();
        // then
        Instant to = Instant.parse(body.path("to").asString());
        assertThat(to).isBetween(now, clock.instant());
        assertThat(Instant.parse(body.path("from").asString())).isEqualTo(to.minus(Duration.ofDays(30)));
        assertThat(body.path("counts").path("runs").asLong()).isEqualTo(1);
        assertThat(body.path("autonomousResolutionRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anEmptyPopulationGivesNullRates() {
        // when
        var body = api().get("/api/agent/kpis?from=2026-01-01&to=2026-01-02&propertyId=" + property, MANAGER).body();
        // then
        assertThat(body.path("counts").path("runs").asLong()).isZero();
        assertThat(body.path("autonomousResolutionRate").isNull()).isTrue();
        assertThat(body.path("slaAttainment").isNull()).isTrue();
        assertThat(body.path("costPerResolvedWorkOrder").isNull()).isTrue();
        assertThat(body.path("repeatIssueRate").isNull()).isTrue();
        assertThat(body.path("escalationRateByCategory").path("SAFETY").path("rate").isNull()).isTrue();
        assertThat(body.path("propertyId").asString()).isEqualTo(property);
    }

    @Test
    void aMalformedOrEmptyWindowIs400NamingTheField() {
        assertProblem("/api/agent/kpis?from=yesterday", "from");
        assertProblem("/api/agent/kpis?to=2026-13-01", "to");
        assertProblem("/api/agent/kpis?to=2026-01-01T25:00:00Z", "to");
        assertProblem("/api/agent/kpis?from=2026-02-01&to=2026-01-01", "from");
        assertProblem("/api/agent/kpis?from=2026-01-01T00:00:00Z&to=2026-01-01", "from");
    }

    @Test
    void onlyManagersReadThePanel() {
        assertThat(api().get("/api/agent/kpis", ANONYMOUS).status()).isEqualTo(401);
        assertThat(api().get("/api/agent/kpis", SERVICE).status()).isEqualTo(403);
        assertThat(api().get("/api/agent/kpis", GOVERNOR).status()).isEqualTo(403);
    }

    private void assertProblem(String path, String field) {
        var response = api().get(path, MANAGER);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        assertThat(response.body().path("field").asString()).as(path).isEqualTo(field);
    }
}
