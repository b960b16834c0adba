package dev.opscore.policy;

/** Rule 5: vendor assignment in a category not auto-assignable (or without one) needs approval. */
final class CategoryRule implements Rule {

    static final int NUMBER = 5;

    @Override
    public void apply(RuleInput input, Findings findings) {
        Action action = input.action();
        if (action.type().isVendorAssignment() && !isAutoAssignable(action, input.config())) {
            findings.restrict(NUMBER, Outcome.APPROVAL, ReasonCode.CATEGORY_NOT_AUTO_ASSIGNABLE);
        }
    }

    private static boolean isAutoAssignable(Action action, PolicyConfig config) {
        return action.category() != null && config.workOrders().autoAssignAllowedCategories().contains(action.category());
    }
}
