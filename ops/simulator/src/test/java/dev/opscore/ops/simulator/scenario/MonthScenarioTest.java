package dev.opscore.ops.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A month for twenty properties: reproducible, realistic in volume, every label represented. */
class MonthScenarioTest {

    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final PortfolioView TWENTY = TestPortfolios.of(20, 7);
    private static final MonthScenario MONTH = MonthScenario.generate(7, TWENTY, START, 30);
    private static final List<TenantMessage> MESSAGES = MONTH.events(TenantMessage.class);

    @Test
    void theSameSeedGivesEqualEventsInTheSameOrderAndAnotherSeedOthers() {
        // when
        MonthScenario again = MonthScenario.generate(7, TestPortfolios.of(20, 7), START, 30);
        MonthScenario other = MonthScenario.generate(8, TWENTY, START, 30);
        // then
        assertThat(again.events()).isEqualTo(MONTH.events());
        assertThat(other.events()).isNotEqualTo(MONTH.events());
        assertThat(other.events(TenantMessage.class)).extracting(TenantMessage::text)
                .isNotEqualTo(MESSAGES.stream().map(TenantMessage::text).toList());
    }

    @Test
    void eventsAreInTimeOrderInsideTheWindow() {
        // then
        assertThat(MONTH.events()).isSortedAccordingTo(Comparator.comparing(ScenarioEvent::at));
        assertThat(MONTH.events()).allSatisfy(e -> assertThat(e.at())
                .isAfterOrEqualTo(START).isBefore(START.plusSeconds(30L * 24 * 3600)));
    }

    @Test
    void aPropertyKeepsItsMonthWhateverElseThePortfolioHolds() {
        // given
        PortfolioView firstOnly = new PortfolioView(List.of(TWENTY.properties().get(0)));
        // when
        MonthScenario alone = MonthScenario.generate(7, firstOnly, START, 30);
        // then
        assertThat(alone.events())
                .isEqualTo(MONTH.events().stream().filter(e -> e.propertyId().equals("prop-1")).toList());
    }

    @Test
    void theOrderAPmsListsUnitsTenantsAndSchedulesInDoesNotMatter() {
        // given
        PortfolioView reversed = new PortfolioView(TWENTY.properties().stream()
                .map(p -> new PropertyView(p.id(), p.timezone(),
                        reversed(p.units()).stream().map(u -> new UnitView(u.id(), reversed(u.tenantIds()))).toList(),
                        reversed(p.pmScheduleIds())))
                .toList());
        // when
        MonthScenario month = MonthScenario.generate(7, reversed, START, 30);
        // then
        assertThat(month.events()).isEqualTo(MONTH.events());
    }

    @Test
    void repairRequestsAreHalfToOnePerLetUnitAndOtherMessagesAboutThirtyPercent() {
        // given
        long letUnits = TestPortfolios.letUnits(TWENTY);
        long repairs = count(m -> m.truth().intent() == Intent.MAINTENANCE_INTAKE);
        long other = count(m -> !GroundTruth.hasCategory(m.truth().intent()));
        // then
        assertThat((double) repairs / letUnits).isBetween(0.5, 1.0);
        assertThat((double) other / MESSAGES.size()).isBetween(0.22, 0.38);
        Map<String, Long> perProperty = MESSAGES.stream().filter(m -> m.truth().intent() == Intent.MAINTENANCE_INTAKE)
                .collect(Collectors.groupingBy(TenantMessage::propertyId, Collectors.counting()));
        for (PropertyView property : TWENTY.properties()) {
            long let = property.units().stream().filter(u -> !u.tenantIds().isEmpty()).count();
            assertThat((double) perProperty.getOrDefault(property.id(), 0L) / let).as(property.id())
                    .isBetween(0.1, 2.0);
        }
    }

    @Test
    void emergenciesFlagsSpanishNightsAndInjectionsComeInRealisticShares() {
        // given
        double total = MESSAGES.size();
        Map<String, ZoneId> zones = TWENTY.properties().stream()
                .collect(Collectors.toMap(PropertyView::id, p -> ZoneId.of(p.timezone())));
        Predicate<TenantMessage> atNight = m -> LocalTimes.isNight(m.at(), zones.get(m.propertyId()));
        Predicate<TenantMessage> emergency = m -> m.truth().priority() == Priority.EMERGENCY;
        // then
        assertThat(count(emergency) / total).isBetween(0.015, 0.055);
        assertThat(count(m -> !m.truth().flags().isEmpty()) / total).isBetween(0.025, 0.08);
        assertThat(count(m -> m.truth().language().equals("es")) / total).isBetween(0.08, 0.22);
        assertThat(count(atNight) / total).isBetween(0.06, 0.22);
        assertThat(count(emergency.and(atNight))).isPositive();
        assertThat(count(m -> Noise.INJECTIONS_EN.stream().anyMatch(m.text()::contains)
                || Noise.INJECTIONS_ES.stream().anyMatch(m.text()::contains)) / total).isBetween(0.001, 0.03);
    }

    @Test
    void everyIntentCategoryPriorityAndFlagAppearsInATwentyPropertyMonth() {
        // then
        assertThat(MESSAGES).extracting(m -> m.truth().intent()).contains(Intent.values());
        assertThat(MESSAGES).extracting(m -> m.truth().category()).contains(Category.values());
        assertThat(MESSAGES).extracting(m -> m.truth().priority()).contains(Priority.values());
        assertThat(MESSAGES.stream().flatMap(m -> m.truth().flags().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RiskFlag.values());
        assertThat(MESSAGES).anyMatch(m -> m.truth().routine()).anyMatch(m -> m.truth().mustEscalate());
    }

    @Test
    void messagesComeFromLetUnitsAndTheirOwnTenants() {
        // given
        Map<String, UnitView> units = TWENTY.properties().stream().flatMap(p -> p.units().stream())
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
        // then
        assertThat(MESSAGES).allSatisfy(m -> {
            assertThat(m.unitId()).startsWith(m.propertyId().replace("prop-", "unit-") + "-");
            assertThat(units.get(m.unitId()).tenantIds()).contains(m.tenantId());
            assertThat(m.text()).isNotBlank();
        });
    }

    @Test
    void aFewIncidentsPerPropertyLabelledAsRepairs() {
        // given
        List<Incident> incidents = MONTH.events(Incident.class);
        // then
        assertThat(incidents.size()).isBetween(10, 60);
        assertThat(incidents).allSatisfy(i -> {
            assertThat(i.truth().intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
            assertThat(i.truth().category()).isEqualTo(i.category());
            assertThat(i.truth().priority()).isEqualTo(i.priority());
            assertThat(i.tenantId() == null || i.unitId() != null).isTrue();
        });
    }

    @Test
    void pmTasksFallDueFromTheGivenSchedulesAtTheMorningRun() {
        // given
        List<PmTaskDue> due = MONTH.events(PmTaskDue.class);
        Map<String, PropertyView> properties = TWENTY.properties().stream()
                .collect(Collectors.toMap(PropertyView::id, Function.identity()));
        // then
        assertThat(due).extracting(PmTaskDue::pmScheduleId).doesNotHaveDuplicates();
        assertThat(due).allSatisfy(d -> {
            PropertyView property = properties.get(d.propertyId());
            assertThat(property.pmScheduleIds()).contains(d.pmScheduleId());
            assertThat(d.at().atZone(ZoneId.of(property.timezone())).toLocalTime())
                    .isEqualTo(PropertyMonth.PM_RUN);
        });
        Set<String> dueIds = due.stream().map(PmTaskDue::pmScheduleId).collect(Collectors.toSet());
        assertThat(TWENTY.properties()).allSatisfy(p -> assertThat(dueIds).contains(p.pmScheduleIds().get(0),
                p.pmScheduleIds().get(1)));
    }

    @Test
    void daysOutsideOneToAYearAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> MonthScenario.generate(7, TWENTY, START, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> MonthScenario.generate(7, TWENTY, START, 367));
    }

    @Test
    void vacantUnitsAndAnEmptyPortfolioWriteNothing() {
        // given
        PropertyView empty = new PropertyView("prop-9", "Europe/London",
                List.of(new UnitView("unit-9-01", List.of())), List.of());
        // when
        MonthScenario month = MonthScenario.generate(7, new PortfolioView(List.of(empty)), START, 30);
        // then
        assertThat(month.events(TenantMessage.class)).isEmpty();
        assertThat(MonthScenario.generate(7, new PortfolioView(List.of()), START, 30).events()).isEmpty();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static long count(Predicate<TenantMessage> which) {
        return MESSAGES.stream().filter(which).count();
    }
}
