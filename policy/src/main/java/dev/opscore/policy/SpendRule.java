package dev.opscore.policy;

import java.math.BigDecimal;

/** Rule 4: the amount against autoApproveMax and hardBlockAbove (an absent amount is 0). */
final class SpendRule implements Rule {

    static final int NUMBER = 4;

    @Override
    public void apply(RuleInput input, Findings findings) {
        if (!covers(input.action(), input.config())) {
            return;
        }
        SpendLimits limits = input.config().spend();
        BigDecimal amount = input.action().amount();
        if (limits.isWithinAutoLimit(amount)) {
            findings.pass(NUMBER, ReasonCode.SPEND_WITHIN_AUTO_LIMIT);
        } else if (limits.isAboveHardBlock(amount)) {
            findings.restrict(NUMBER, Outcome.BLOCK, ReasonCode.SPEND_HARD_BLOCK);
        } else {
            findings.restrict(NUMBER, Outcome.APPROVAL, ReasonCode.SPEND_REQUIRES_APPROVAL);
        }
    }

    /** Types with spend, and irreversible financial types once they are enabled. */
    static boolean covers(Action action, PolicyConfig config) {
        ActionType type = action.type();
        return type.hasSpend() || (type.isIrreversibleFinancial() && FinancialRule.isEnabled(config));
    }
}
