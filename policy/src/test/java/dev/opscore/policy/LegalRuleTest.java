package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.an;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LegalRuleTest {

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"LEGAL_NOTICE_SEND", "EVICTION_FILE", "LEASE_TERMINATE"})
    void irreversibleLegalActionIsBlockedByDefault(ActionType type) {
        // given
        ActionBuilder action = an(type);

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(LEGAL_ACTION_NOT_ENABLED).escalates();
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"LEGAL_NOTICE_SEND", "EVICTION_FILE", "LEASE_TERMINATE"})
    void enabledLegalActionNeedsApprovalNeverAllow(ActionType type) {
        // given
        PolicyConfig enabled = TestConfigs.with("legal.autonomousActionsEnabled", true);
        ActionBuilder action = an(type).withAmount("0");

        // when
        Decision decision = Decide.with(enabled, action);

        // then
        assertThatDecision(decision).needsApproval().hasReasons(LEGAL_ACTION_REQUIRES_APPROVAL).escalates();
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"LEGAL_NOTICE_SEND", "EVICTION_FILE", "LEASE_TERMINATE"})
    void amountsDoNotApplyToLegalActions(ActionType type) {
        // given
        PolicyConfig enabled = TestConfigs.with("legal.autonomousActionsEnabled", true);
        ActionBuilder action = an(type).withAmount("1000000");

        // when
        Decision decision = Decide.with(enabled, action);

        // then
        assertThatDecision(decision).needsApproval().hasReasons(LEGAL_ACTION_REQUIRES_APPROVAL);
    }
}
