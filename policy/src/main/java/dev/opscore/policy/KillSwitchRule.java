package dev.opscore.policy;

/** Rule 1: with the kill switch on, only READ and NOTIFICATION_SEND to STAFF escape BLOCK. */
final class KillSwitchRule implements Rule {

    static final int NUMBER = 1;

    @Override
    public void apply(RuleInput input, Findings findings) {
        if (input.killSwitch() && !isExempt(input.action())) {
            findings.restrict(NUMBER, Outcome.BLOCK, ReasonCode.KILL_SWITCH_NOTIFY_ONLY);
        }
    }

    static boolean isExempt(Action action) {
        return action.is(ActionType.READ) || isStaffNotification(action);
    }

    private static boolean isStaffNotification(Action action) {
        return action.is(ActionType.NOTIFICATION_SEND) && action.isAddressedTo(Recipient.STAFF);
    }
}
