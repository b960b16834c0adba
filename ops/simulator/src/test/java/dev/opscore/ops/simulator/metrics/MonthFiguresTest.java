package dev.opscore.ops.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.simulator.driver.ManagerTouch;
import dev.opscore.ops.simulator.driver.MonthLedger;
import dev.opscore.ops.simulator.driver.Task;
import dev.opscore.ops.simulator.scenario.GroundTruth;
import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MonthFiguresTest {

    private static final Instant T0 = Instant.parse("2026-01-05T15:00:00Z");
    private static final GroundTruth ROUTINE_LEAK = new GroundTruth(Intent.MAINTENANCE_INTAKE, Category.PLUMBING,
            Priority.ROUTINE, Set.of(), false, true, "en");
    private static final GroundTruth GAS = new GroundTruth(Intent.MAINTENANCE_INTAKE, Category.APPLIANCE,
            Priority.EMERGENCY, Set.of(RiskFlag.SAFETY), true, false, "en");
    private static final GroundTruth QUESTION = new GroundTruth(Intent.FAQ, null, null, Set.of(), false, false, "en");

    private final List<Task> tasks = new ArrayList<>();
    private final List<RunRecord> runs = new ArrayList<>();
    private final List<ExceptionRecord> exceptions = new ArrayList<>();
    private final List<ManagerTouch> touches = new ArrayList<>();

    @Test
    void theFiguresFollowTheReportsDefinitions() {
        // given: a routine leak fixed by a vendor, one fixed after the manager answered an item of its run,
        // a gas smell OpsCore did not escalate, a question, and a routine PM task in a category OpsCore may not
        // auto-assign (not routine by the scenario's rule)
        UUID fixed = message(0, ROUTINE_LEAK, "the tap drips", outcome(true, true, true, "240.00", 5, 60));
        UUID touched = message(1, ROUTINE_LEAK, "the sink drips", outcome(true, true, false, "300.00", 0, 30));
        exception(touched, "SLA", "Work order wo-2 is late");
        touches.add(new ManagerTouch(UUID.randomUUID(), touched, T0.plusSeconds(9000), "MEDIUM", "SLA", "RESOLVED"));
        message(2, GAS, "I smell gas near the stove, call me on 555 010 2233", null);
        message(3, QUESTION, "where do packages go?", null);
        UUID pest = run(null);
        tasks.add(new Task(4, Task.Kind.PM, T0, "prop-1", null, null, null, null, "PEST", null, pest));
        exception(pest, "FINANCIAL", "Approval needed: dispatch");
        // when
        MonthFigures f = MonthFigures.compute(ledger(), records(), PolicyAudit.writeTools());
        // then
        assertThat(f.events()).isEqualTo(5);
        assertThat(f.tasks()).isEqualTo(4);
        assertThat(f.nonMaintenanceMessages()).isEqualTo(1);
        assertThat(f.routineCompletedWithoutManager()).isEqualTo(new Ratio(1, 2));
        assertThat(f.shortfalls()).containsOnlyKeys("escalated: SLA Work order # is late");
        assertThat(f.managerTouchesPer100Tasks()).isEqualTo(25.0);
        assertThat(f.escalation()).isEqualTo(new EscalationScore(0, 2, 1, 2));
        assertThat(f.missed()).singleElement().satisfies(m -> {
            assertThat(m.index()).isEqualTo(2);
            assertThat(m.excerpt()).contains("[phone]").doesNotContain("555");
            assertThat(m.truth()).contains("EMERGENCY", "SAFETY");
        });
        assertThat(f.slaByPriority()).containsEntry("ROUTINE", new Ratio(1, 2));
        assertThat(f.timeToAcknowledge().p50()).isEqualTo(Duration.ofSeconds(150));
        assertThat(f.costPerResolvedWorkOrder()).isEqualByComparingTo("270.00");
        assertThat(f.lost().total()).isZero();
    }

    private UUID message(int index, GroundTruth truth, String text, Outcome outcome) {
        UUID runId = run(outcome);
        tasks.add(new Task(index, Task.Kind.MESSAGE, T0, "prop-1", "unit-1-01", "ten-1-01-1", text, truth, null,
                "thr-" + index, runId));
        return runId;
    }

    private UUID run(Outcome outcome) {
        UUID id = UUID.nameUUIDFromBytes(("run" + runs.size()).getBytes());
        runs.add(new RunRecord(id, "ref-" + runs.size(), "COMPLETED", "done", T0, T0.plusSeconds(600), outcome,
                new RunRecord.Triage("MAINTENANCE_INTAKE", "PLUMBING", "ROUTINE", List.of(), false)));
        return id;
    }

    private void exception(UUID runId, String category, String title) {
        exceptions.add(new ExceptionRecord(UUID.randomUUID(), runId, "HIGH", category, title, "RESOLVED", null, T0,
                List.of()));
    }

    private static Outcome outcome(boolean resolved, boolean autonomous, boolean slaMet, String cost, int ackSeconds,
                                   int dispatchSeconds) {
        return new Outcome(resolved, autonomous, 0, slaMet, new BigDecimal(cost), false, T0.plusSeconds(ackSeconds * 60L),
                T0.plusSeconds(dispatchSeconds * 60L), "ROUTINE", "PLUMBING", "wo-1");
    }

    private MonthLedger ledger() {
        return new MonthLedger(T0, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)), tasks, touches, List.of(),
                10, 0, 0, 0, Set.of(), List.of(), Duration.ZERO);
    }

    private MonthRecords records() {
        return new MonthRecords(runs, exceptions, List.of(), new PmsEffects(Map.of(), Set.of()), null, Map.of());
    }
}
