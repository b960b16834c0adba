package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.a;
import static dev.opscore.policy.ActionBuilder.tenantMessage;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import org.junit.jupiter.api.Test;

/** How contributions add up: outcome, reason order and escalation. */
class ReasonOrderingTest {

    private static ActionBuilder pestEmergencyDispatch(String amount) {
        return a(ActionType.VENDOR_DISPATCH).withAmount(amount).withCategory(Category.PEST)
                .withPriority(Priority.EMERGENCY);
    }

    @Test
    void killSwitchComesFirstThenBlocksInRuleOrderThenApprovals() {
        // given
        ActionBuilder dispatch = pestEmergencyDispatch("6000").withOpenWorkOrders(30);

        // when
        Decision decision = Decide.withKillSwitch(dispatch);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY, SPEND_HARD_BLOCK, VENDOR_AT_CAPACITY,
                CATEGORY_NOT_AUTO_ASSIGNABLE, EMERGENCY_ESCALATION);
    }

    @Test
    void equalRestrictivenessKeepsRuleOrder() {
        // given
        ActionBuilder dispatch = pestEmergencyDispatch("1000");

        // when
        Decision decision = Decide.withDefaults(dispatch);

        // then
        assertThatDecision(decision).needsApproval()
                .hasReasons(SPEND_REQUIRES_APPROVAL, CATEGORY_NOT_AUTO_ASSIGNABLE, EMERGENCY_ESCALATION);
    }

    @Test
    void laterBlockComesBeforeEarlierApproval() {
        // given
        ActionBuilder dispatch = a(ActionType.VENDOR_DISPATCH).withAmount("1000").withCategory(Category.PLUMBING)
                .withOpenWorkOrders(25);

        // when
        Decision decision = Decide.withDefaults(dispatch);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(VENDOR_AT_CAPACITY, SPEND_REQUIRES_APPROVAL);
    }

    @Test
    void passedCheckComesAfterRestrictiveCodes() {
        // given
        ActionBuilder dispatch = a(ActionType.VENDOR_DISPATCH).withAmount("100").withCategory(Category.PEST)
                .withOpenWorkOrders(25);

        // when
        Decision decision = Decide.withDefaults(dispatch);

        // then
        assertThatDecision(decision).isBlocked()
                .hasReasons(VENDOR_AT_CAPACITY, CATEGORY_NOT_AUTO_ASSIGNABLE, SPEND_WITHIN_AUTO_LIMIT);
    }

    @Test
    void riskCodesInRequestOrderBeforeTheIntentCode() {
        // given
        ActionBuilder message = tenantMessage().withIntent(Intent.BILLING).withRiskFlags(RiskFlag.LEGAL, RiskFlag.SAFETY);

        // when
        Decision decision = Decide.withDefaults(message);

        // then
        assertThatDecision(decision).needsApproval().hasReasons(RISK_FLAG_LEGAL, RISK_FLAG_SAFETY, INTENT_NOT_AUTO_ALLOWED);
    }

    @Test
    void allowCodesWithEscalationComeAfterRestrictiveCodes() {
        // given
        ActionBuilder message = tenantMessage().withIntent(Intent.MAINTENANCE_INTAKE).withPriority(Priority.EMERGENCY)
                .withRiskFlags(RiskFlag.SAFETY, RiskFlag.FAIR_HOUSING);

        // when
        Decision decision = Decide.withDefaults(message);

        // then
        assertThatDecision(decision).needsApproval().hasReasons(RISK_FLAG_FAIR_HOUSING, EMERGENCY_SAFETY_NOTICE);
    }

    @Test
    void allowedByDefaultOnlyWhenNothingContributed() {
        // given
        ActionBuilder read = a(ActionType.READ);
        ActionBuilder withinLimit = ActionBuilder.plumbingDispatch("10");

        // when
        Decision readDecision = Decide.withDefaults(read);
        Decision dispatchDecision = Decide.withDefaults(withinLimit);

        // then
        assertThatDecision(readDecision).hasReasons(ALLOWED_BY_DEFAULT);
        assertThatDecision(dispatchDecision).hasReasons(SPEND_WITHIN_AUTO_LIMIT);
    }

    @Test
    void approvalEscalatesEvenWhenNoRuleAsks() {
        // given
        ActionBuilder dispatch = ActionBuilder.plumbingDispatch("800");

        // when
        Decision decision = Decide.withDefaults(dispatch);

        // then
        assertThatDecision(decision).needsApproval().escalates();
    }

    @Test
    void findingsOfOneRuleKeepTheirOrderOfContribution() {
        // given
        Findings findings = new Findings();
        findings.pass(11, COMPLIANCE_CRITICAL_WINDOW);
        findings.restrict(8, Outcome.APPROVAL, RISK_FLAG_HARASSMENT);
        findings.restrict(8, Outcome.APPROVAL, RISK_FLAG_SAFETY);
        findings.restrict(2, Outcome.APPROVAL, LEGAL_ACTION_REQUIRES_APPROVAL);
        findings.pass(4, SPEND_WITHIN_AUTO_LIMIT);

        // when
        Decision decision = findings.decide();

        // then
        assertThatDecision(decision).needsApproval().hasReasons(LEGAL_ACTION_REQUIRES_APPROVAL, RISK_FLAG_HARASSMENT,
                RISK_FLAG_SAFETY, SPEND_WITHIN_AUTO_LIMIT, COMPLIANCE_CRITICAL_WINDOW);
    }
}
