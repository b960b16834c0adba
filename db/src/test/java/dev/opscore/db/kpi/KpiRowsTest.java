package dev.opscore.db.kpi;

import static dev.opscore.db.kpi.OutcomeBuilder.resolved;
import static dev.opscore.db.kpi.OutcomeBuilder.unresolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.opscore.db.JsonColumns;
import dev.opscore.db.kpi.KpiFigures.Cost;
import dev.opscore.db.kpi.KpiFigures.Counts;
import dev.opscore.db.kpi.KpiFigures.Percentiles;
import dev.opscore.db.kpi.KpiFigures.Ratio;
import dev.opscore.db.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

class KpiRowsTest {

    private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant JULY = Instant.parse("2026-07-01T00:00:00Z");

    private static KpiRows kpis;
    private static KpiScenario scenario;

    // a database of this class's own: the unfiltered figures must not see other tests' runs
    @BeforeAll
    static void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestDatabase.freshDatabase());
        dataSource.setDriverClassName("org.postgresql.Driver");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        kpis = new KpiRows(jdbc);
        scenario = new KpiScenario(jdbc, new JsonColumns(JsonMapper.builder().build()));
    }

    @Test
    void everyFigureFollowsItsDefinition() {
        // given
        String property = property();
        scenario.run(property, at(JANUARY, 10), resolved().priority("URGENT").cost("100.00")
                .acknowledgedAfter(seconds(60)).dispatchedAfter(seconds(600)));
        UUID touched = scenario.run(property, at(JANUARY, 11), resolved().priority("URGENT").managerTouches(2)
                .slaMet(false).cost("300.00").repeatIssue().acknowledgedAfter(seconds(120))
                .dispatchedAfter(seconds(1200)));
        scenario.run(property, at(JANUARY, 12), resolved().priority("ROUTINE").cost(null)
                .acknowledgedAfter(seconds(180)));
        UUID escalated = scenario.run(property, at(JANUARY, 13), "ESCALATED",
                unresolved().priority("EMERGENCY").managerTouches(1));
        scenario.exception(property, "FINANCIAL", at(JANUARY, 11), touched);
        scenario.exception(property, "SAFETY", at(JANUARY, 13), escalated);
        scenario.exception(property, "LEGAL", at(JANUARY, 20), null);
        // when
        KpiFigures figures = kpis.figures(new KpiWindow(JANUARY, FEBRUARY, property));
        // then
        assertThat(figures.counts()).isEqualTo(new Counts(4, 3, 2, 2, 2, 3));
        assertThat(figures.autonomousResolution()).isEqualTo(new Ratio(2, 4, 0.5));
        assertThat(figures.slaAttainment().numerator()).isEqualTo(2);
        assertThat(figures.slaAttainment().denominator()).isEqualTo(3);
        assertThat(figures.slaAttainment().rate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(figures.slaAttainmentByPriority()).containsOnlyKeys("EMERGENCY", "ROUTINE", "URGENT")
                .containsEntry("URGENT", new Ratio(1, 2, 0.5))
                .containsEntry("ROUTINE", new Ratio(1, 1, 1.0))
                .containsEntry("EMERGENCY", new Ratio(0, 0, null));
        assertThat(figures.costPerResolvedWorkOrder().workOrders()).isEqualTo(2);
        assertThat(figures.costPerResolvedWorkOrder().total()).isEqualByComparingTo("400");
        assertThat(figures.costPerResolvedWorkOrder().perWorkOrder()).isEqualTo(new BigDecimal("200.00"));
        assertThat(figures.repeatIssues().numerator()).isEqualTo(1);
        assertThat(figures.repeatIssues().denominator()).isEqualTo(3);
        assertThat(figures.repeatIssues().rate()).isCloseTo(1.0 / 3, within(1e-9));
        // percentile_cont interpolates: the 95th of 60, 120, 180 lies at 1.9 of the two gaps
        assertThat(figures.timeToAcknowledge()).isEqualTo(new Percentiles(3, 120.0, 174.0));
        assertThat(figures.timeToDispatch()).isEqualTo(new Percentiles(2, 900.0, 1170.0));
        assertThat(figures.escalationByCategory()).containsExactly(
                Map.entry("LEGAL", new Ratio(1, 4, 0.25)), Map.entry("FINANCIAL", new Ratio(1, 4, 0.25)),
                Map.entry("SAFETY", new Ratio(1, 4, 0.25)), Map.entry("SLA", new Ratio(0, 4, 0.0)),
                Map.entry("SYSTEM", new Ratio(0, 4, 0.0)));
    }

    @Test
    void theWindowIncludesFromAndExcludesTo() {
        // given
        String property = property();
        scenario.run(property, FEBRUARY.minusNanos(1000), resolved());
        scenario.run(property, FEBRUARY, resolved());
        scenario.run(property, MARCH.minusNanos(1000), resolved());
        scenario.run(property, MARCH, resolved());
        scenario.exception(property, "SLA", FEBRUARY, null);
        scenario.exception(property, "SYSTEM", MARCH, null);
        scenario.exception(property, "SYSTEM", FEBRUARY.minusNanos(1000), null);
        // when
        KpiFigures figures = kpis.figures(new KpiWindow(FEBRUARY, MARCH, property));
        // then
        assertThat(figures.counts().runs()).isEqualTo(2);
        assertThat(figures.escalationByCategory().get("SLA").numerator()).isEqualTo(1);
        assertThat(figures.escalationByCategory().get("SYSTEM").numerator()).isZero();
    }

    @Test
    void runsWithoutAnOutcomeAreNotInThePopulation() {
        // given
        String property = property();
        scenario.run(property, at(FEBRUARY, 3), resolved());
        scenario.run(property, at(FEBRUARY, 4), "FAILED", null);
        // when
        KpiFigures figures = kpis.figures(new KpiWindow(FEBRUARY, MARCH, property));
        // then
        assertThat(figures.counts().runs()).isEqualTo(1);
    }

    @Test
    void thePropertyFilterNarrowsRunsAndExceptions() {
        // given: the only test using June without a property filter
        String here = property();
        String there = property();
        scenario.run(here, at(JUNE, 5), resolved());
        scenario.run(there, at(JUNE, 6), unresolved());
        scenario.exception(here, "LEGAL", at(JUNE, 5), null);
        scenario.exception(there, "LEGAL", at(JUNE, 6), null);
        scenario.exception(there, "SAFETY", at(JUNE, 6), null);
        // when
        KpiFigures atHere = kpis.figures(new KpiWindow(JUNE, JULY, here));
        KpiFigures everywhere = kpis.figures(new KpiWindow(JUNE, JULY, null));
        // then
        assertThat(atHere.counts().runs()).isEqualTo(1);
        assertThat(atHere.autonomousResolution().rate()).isEqualTo(1.0);
        assertThat(atHere.escalationByCategory().get("LEGAL")).isEqualTo(new Ratio(1, 1, 1.0));
        assertThat(atHere.escalationByCategory().get("SAFETY")).isEqualTo(new Ratio(0, 1, 0.0));
        assertThat(everywhere.counts().runs()).isEqualTo(2);
        assertThat(everywhere.autonomousResolution().rate()).isEqualTo(0.5);
        assertThat(everywhere.escalationByCategory().get("LEGAL")).isEqualTo(new Ratio(2, 2, 1.0));
        assertThat(everywhere.escalationByCategory().get("SAFETY")).isEqualTo(new Ratio(1, 2, 0.5));
    }

    @Test
    void ratesAreNullWhenTheirDenominatorIsZero() {
        // given: exceptions but no runs at one property, unresolved runs only at another
        String noRuns = property();
        String noneResolved = property();
        scenario.exception(noRuns, "LEGAL", at(APRIL, 2), null);
        scenario.run(noneResolved, at(APRIL, 3), unresolved());
        // when
        KpiFigures empty = kpis.figures(new KpiWindow(APRIL, MAY, noRuns));
        KpiFigures unresolvedOnly = kpis.figures(new KpiWindow(APRIL, MAY, noneResolved));
        // then
        assertThat(empty.counts()).isEqualTo(new Counts(0, 0, 0, 0, 0, 0));
        assertThat(empty.autonomousResolution()).isEqualTo(new Ratio(0, 0, null));
        assertThat(empty.escalationByCategory()).hasSize(5).containsEntry("LEGAL", new Ratio(1, 0, null))
                .containsEntry("SYSTEM", new Ratio(0, 0, null));
        assertThat(empty.slaAttainment()).isEqualTo(new Ratio(0, 0, null));
        assertThat(empty.slaAttainmentByPriority()).isEmpty();
        assertThat(empty.costPerResolvedWorkOrder().perWorkOrder()).isNull();
        assertThat(empty.costPerResolvedWorkOrder().workOrders()).isZero();
        assertThat(empty.repeatIssues()).isEqualTo(new Ratio(0, 0, null));
        assertThat(empty.timeToAcknowledge()).isEqualTo(new Percentiles(0, null, null));
        assertThat(empty.timeToDispatch()).isEqualTo(new Percentiles(0, null, null));
        assertThat(unresolvedOnly.autonomousResolution()).isEqualTo(new Ratio(0, 1, 0.0));
        assertThat(unresolvedOnly.slaAttainment().rate()).isNull();
        assertThat(unresolvedOnly.repeatIssues().rate()).isNull();
        assertThat(unresolvedOnly.costPerResolvedWorkOrder()).extracting(Cost::perWorkOrder).isNull();
    }

    private static String property() {
        return "prop-kpi-" + UUID.randomUUID();
    }

    private static Instant at(Instant month, int day) {
        return month.plus(Duration.ofDays(day - 1)).plus(Duration.ofHours(12));
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
