package dev.opscore.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Rule 11: compliance and PM task creation. Its clauses are independent: disabled auto tasks need
 * approval; an overdue task escalates when {@code overdueAlwaysEscalate}; a task due within
 * {@code criticalDaysBeforeDue} days of the local date of {@code at} escalates.
 */
final class ComplianceRule implements Rule {

    static final int NUMBER = 11;

    @Override
    public void apply(RuleInput input, Findings findings) {
        Action action = input.action();
        if (!action.type().isTaskCreation()) {
            return;
        }
        ComplianceSettings settings = input.config().compliance();
        if (!settings.autoCreateTasks()) {
            findings.restrict(NUMBER, Outcome.APPROVAL, ReasonCode.AUTO_TASKS_DISABLED);
        }
        if (action.dueDate() != null) {
            applyDueDate(daysUntilDue(action), settings, findings);
        }
    }

    private static void applyDueDate(long daysUntilDue, ComplianceSettings settings, Findings findings) {
        boolean overdue = daysUntilDue < 0;
        if (overdue && settings.overdueAlwaysEscalate()) {
            findings.passWithEscalation(NUMBER, ReasonCode.COMPLIANCE_OVERDUE);
        } else if (!overdue && daysUntilDue <= settings.criticalDaysBeforeDue()) {
            findings.passWithEscalation(NUMBER, ReasonCode.COMPLIANCE_CRITICAL_WINDOW);
        }
    }

    private static long daysUntilDue(Action action) {
        LocalDate today = action.localAt().toLocalDate();
        return ChronoUnit.DAYS.between(today, action.dueDate());
    }
}
