package dev.opscore.policy;

/** Rule 3: irreversible financial actions are blocked unless enabled (then the spend rule covers them). */
final class FinancialRule implements Rule {

    static final int NUMBER = 3;

    @Override
    public void apply(RuleInput input, Findings findings) {
        if (input.action().type().isIrreversibleFinancial() && !isEnabled(input.config())) {
            findings.restrict(NUMBER, Outcome.BLOCK, ReasonCode.FINANCIAL_ACTION_NOT_ENABLED);
        }
    }

    static boolean isEnabled(PolicyConfig config) {
        return config.financial().irreversibleActionsEnabled();
    }
}
