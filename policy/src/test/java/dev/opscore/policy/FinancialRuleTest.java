package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.an;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FinancialRuleTest {

    private static final PolicyConfig ENABLED = TestConfigs.with("financial.irreversibleActionsEnabled", true);

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"REFUND_ISSUE", "PAYMENT_SEND", "FEE_WAIVE", "DEPOSIT_DEDUCT"})
    void irreversibleFinancialActionIsBlockedByDefaultWithoutASpendCode(ActionType type) {
        // given
        ActionBuilder action = an(type).withAmount("1");

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(FINANCIAL_ACTION_NOT_ENABLED).escalates();
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"REFUND_ISSUE", "PAYMENT_SEND", "FEE_WAIVE", "DEPOSIT_DEDUCT"})
    void enabledFinancialActionWithinTheAutoLimitIsAllowed(ActionType type) {
        // given
        ActionBuilder action = an(type).withAmount("750");

        // when
        Decision decision = Decide.with(ENABLED, action);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT).doesNotEscalate();
    }

    @Test
    void enabledFinancialActionAboveTheAutoLimitNeedsApproval() {
        // given
        ActionBuilder refund = an(ActionType.REFUND_ISSUE).withAmount("750.01");

        // when
        Decision decision = Decide.with(ENABLED, refund);

        // then
        assertThatDecision(decision).needsApproval().hasReasons(SPEND_REQUIRES_APPROVAL);
    }

    @Test
    void enabledFinancialActionAboveTheHardBlockIsBlocked() {
        // given
        ActionBuilder payment = an(ActionType.PAYMENT_SEND).withAmount("5000.01");

        // when
        Decision decision = Decide.with(ENABLED, payment);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(SPEND_HARD_BLOCK);
    }

    @Test
    void enabledFinancialActionWithoutAmountCountsAsZero() {
        // given
        ActionBuilder waiver = an(ActionType.FEE_WAIVE);

        // when
        Decision decision = Decide.with(ENABLED, waiver);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
    }
}
