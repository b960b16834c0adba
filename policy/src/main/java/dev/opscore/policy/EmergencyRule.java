package dev.opscore.policy;

/**
 * Rule 6: an emergency vendor assignment, dispatch or bid request needs approval when
 * {@code emergencyAlwaysEscalate}; an emergency work order is created at once but always escalates.
 */
final class EmergencyRule implements Rule {

    static final int NUMBER = 6;

    @Override
    public void apply(RuleInput input, Findings findings) {
        Action action = input.action();
        if (!action.hasPriority(Priority.EMERGENCY)) {
            return;
        }
        if (isVendorEngagement(action) && input.config().workOrders().emergencyAlwaysEscalate()) {
            findings.restrict(NUMBER, Outcome.APPROVAL, ReasonCode.EMERGENCY_ESCALATION);
        } else if (action.is(ActionType.WORK_ORDER_CREATE)) {
            findings.passWithEscalation(NUMBER, ReasonCode.EMERGENCY_ESCALATION);
        }
    }

    private static boolean isVendorEngagement(Action action) {
        return action.type().isVendorAssignment() || action.is(ActionType.BID_REQUEST);
    }
}
