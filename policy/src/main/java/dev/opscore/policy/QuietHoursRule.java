package dev.opscore.policy;

import java.time.ZonedDateTime;

/**
 * Rule 10: a non-emergency message to a tenant or vendor that the other rules allow (with or
 * without escalation), at a local time inside the quiet window, is deferred to the window's end.
 * It reads the outcome of the other rules, so the engine runs it last.
 */
final class QuietHoursRule implements Rule {

    static final int NUMBER = 10;

    @Override
    public void apply(RuleInput input, Findings findings) {
        Action action = input.action();
        if (!isDeferrable(action) || findings.outcome() != Outcome.ALLOW) {
            return;
        }
        QuietHours quietHours = input.config().messaging().quietHours();
        ZonedDateTime local = action.localAt();
        if (quietHours.covers(local.toLocalTime())) {
            findings.defer(NUMBER, ReasonCode.QUIET_HOURS_DEFERRED, quietHours.nextEndAfter(local));
        }
    }

    private static boolean isDeferrable(Action action) {
        return TenantMessages.isMessageToTenantOrVendor(action) && !action.hasPriority(Priority.EMERGENCY);
    }
}
