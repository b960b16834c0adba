package dev.opscore.ops.simulator.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void theStandardMonthHasWriteErrorsThroughoutASlowHourAndATenMinuteOutage() {
        // when
        FaultPlan plan = FaultPlan.standard(START, 30);
        // then
        assertThat(plan.changes()).extracting(FaultPlan.Change::at).isSorted().first().isEqualTo(START);
        FaultPlan.Change outage = plan.changes().stream().filter(c -> c.label().contains("down")).findFirst().orElseThrow();
        Instant after = plan.nextAfter(outage.at()).orElseThrow();
        assertThat(Duration.between(outage.at(), after)).isEqualTo(Duration.ofMinutes(10));
        assertThat(outage.rules()).singleElement().satisfies(r -> assertThat(r).containsEntry("errorRate", 1.0));
        FaultPlan.Change slow = plan.changes().stream().filter(c -> c.slowMs() > 0).findFirst().orElseThrow();
        assertThat(slow.slowMs()).isGreaterThan(FaultPlan.READ_TIMEOUT.toMillis());
        assertThat(plan.slowMsAt(slow.at().plusSeconds(60))).isEqualTo(slow.slowMs());
        assertThat(plan.slowMsAt(after)).isZero();
    }

    @Test
    void aShortMonthStillGetsEveryFaultInOrder() {
        FaultPlan plan = FaultPlan.standard(START, 2);
        assertThat(plan.changes()).hasSize(5).extracting(FaultPlan.Change::at).isSorted().doesNotHaveDuplicates();
        assertThat(FaultPlan.none().nextAfter(START)).isEmpty();
    }
}
