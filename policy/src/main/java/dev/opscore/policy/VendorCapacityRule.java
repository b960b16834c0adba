package dev.opscore.policy;

/** Rule 7: a vendor with maxOpenPerVendor or more open work orders cannot be assigned (missing count is 0). */
final class VendorCapacityRule implements Rule {

    static final int NUMBER = 7;

    @Override
    public void apply(RuleInput input, Findings findings) {
        Action action = input.action();
        if (action.type().isVendorAssignment() && isAtCapacity(action, input.config())) {
            findings.restrict(NUMBER, Outcome.BLOCK, ReasonCode.VENDOR_AT_CAPACITY);
        }
    }

    private static boolean isAtCapacity(Action action, PolicyConfig config) {
        return action.vendorOpenWorkOrders() >= config.workOrders().maxOpenPerVendor();
    }
}
