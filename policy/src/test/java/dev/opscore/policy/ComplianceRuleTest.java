package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.a;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule 11 against the defaults (critical window 7 days), at noon on 2026-01-14 in New York. */
class ComplianceRuleTest {

    private static ActionBuilder task(String dueDate) {
        return a(ActionType.COMPLIANCE_TASK_CREATE).due(dueDate);
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"COMPLIANCE_TASK_CREATE", "PM_TASK_CREATE"})
    void taskDueTodayIsInTheCriticalWindow(ActionType type) {
        // given
        ActionBuilder action = a(type).due("2026-01-14");

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(COMPLIANCE_CRITICAL_WINDOW).escalates();
    }

    @Test
    void taskDueInExactlyNDaysIsInTheCriticalWindow() {
        // given
        ActionBuilder action = task("2026-01-21");

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(COMPLIANCE_CRITICAL_WINDOW).escalates();
    }

    @Test
    void taskDueInNPlusOneDaysIsNotCritical() {
        // given
        ActionBuilder action = task("2026-01-22");

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
    }

    @Test
    void criticalWindowOfZeroDaysCoversOnlyToday() {
        // given
        PolicyConfig config = TestConfigs.with("compliance.criticalDaysBeforeDue", 0);

        // when
        Decision dueToday = Decide.with(config, task("2026-01-14"));
        Decision dueTomorrow = Decide.with(config, task("2026-01-15"));

        // then
        assertThatDecision(dueToday).hasReasons(COMPLIANCE_CRITICAL_WINDOW).escalates();
        assertThatDecision(dueTomorrow).hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"COMPLIANCE_TASK_CREATE", "PM_TASK_CREATE"})
    void overdueTaskEscalates(ActionType type) {
        // given
        ActionBuilder action = a(type).due("2026-01-13");

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(COMPLIANCE_OVERDUE).escalates();
    }

    @Test
    void overdueTaskContributesNothingWhenOverdueDoesNotEscalate() {
        // given
        PolicyConfig config = TestConfigs.with("compliance.overdueAlwaysEscalate", false);

        // when
        Decision decision = Decide.with(config, task("2025-12-01"));

        // then
        assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
    }

    @Test
    void disabledAutoTasksAndOverdueBothAppear() {
        // given
        PolicyConfig config = TestConfigs.with("compliance.autoCreateTasks", false);

        // when
        Decision decision = Decide.with(config, task("2026-01-10"));

        // then
        assertThatDecision(decision).needsApproval().hasReasons(AUTO_TASKS_DISABLED, COMPLIANCE_OVERDUE).escalates();
    }

    @Test
    void disabledAutoTasksAndCriticalWindowBothAppear() {
        // given
        PolicyConfig config = TestConfigs.with("compliance.autoCreateTasks", false);

        // when
        Decision decision = Decide.with(config, a(ActionType.PM_TASK_CREATE).due("2026-01-15"));

        // then
        assertThatDecision(decision).needsApproval().hasReasons(AUTO_TASKS_DISABLED, COMPLIANCE_CRITICAL_WINDOW);
    }

    @Test
    void disabledAutoTasksWithoutDueDate() {
        // given
        PolicyConfig config = TestConfigs.with("compliance.autoCreateTasks", false);

        // when
        Decision decision = Decide.with(config, task(null));

        // then
        assertThatDecision(decision).needsApproval().hasReasons(AUTO_TASKS_DISABLED);
    }

    @Test
    void taskWithoutDueDateContributesNothing() {
        // given
        ActionBuilder action = task(null);

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT);
    }

    @Test
    void dueDateIsComparedWithTheLocalDateOfAt() {
        // given: 03:00Z on the 15th is still the 14th in New York, and already the 15th in UTC
        ActionBuilder inNewYork = task("2026-01-14").at("2026-01-15T03:00:00Z");
        ActionBuilder inUtc = task("2026-01-14").at("2026-01-15T03:00:00Z").inZone("UTC");

        // when
        Decision newYork = Decide.withDefaults(inNewYork);
        Decision utc = Decide.withDefaults(inUtc);

        // then
        assertThatDecision(newYork).hasReasons(COMPLIANCE_CRITICAL_WINDOW);
        assertThatDecision(utc).hasReasons(COMPLIANCE_OVERDUE);
    }

    @Test
    void otherTypesIgnoreDueDates() {
        // given
        ActionBuilder action = a(ActionType.WORK_ORDER_CREATE).due("2020-01-01");

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
    }
}
