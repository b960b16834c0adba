package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.NOON;
import static dev.opscore.policy.ActionBuilder.a;
import static dev.opscore.policy.ActionBuilder.an;
import static dev.opscore.policy.ActionBuilder.plumbingDispatch;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule 4 against the defaults: autoApproveMax 750, hardBlockAbove 5000. */
class SpendRuleTest {

    @Test
    void amountEqualToAutoApproveMaxIsAllowed() {
        // given
        ActionBuilder dispatch = plumbingDispatch("750");

        // when
        Decision decision = Decide.withDefaults(dispatch);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT).doesNotEscalate();
    }

    @Test
    void amountJustAboveAutoApproveMaxNeedsApproval() {
        // given
        ActionBuilder dispatch = plumbingDispatch("750.01");

        // when
        Decision decision = Decide.withDefaults(dispatch);

        // then
        assertThatDecision(decision).needsApproval().hasReasons(SPEND_REQUIRES_APPROVAL).escalates();
    }

    @Test
    void amountEqualToHardBlockAboveNeedsApproval() {
        // given
        ActionBuilder dispatch = plumbingDispatch("5000.00");

        // when
        Decision decision = Decide.withDefaults(dispatch);

        // then
        assertThatDecision(decision).needsApproval().hasReasons(SPEND_REQUIRES_APPROVAL);
    }

    @Test
    void amountJustAboveHardBlockAboveIsBlocked() {
        // given
        ActionBuilder dispatch = plumbingDispatch("5000.01");

        // when
        Decision decision = Decide.withDefaults(dispatch);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(SPEND_HARD_BLOCK).escalates();
    }

    @Test
    void absentAmountCountsAsZero() {
        // given
        PolicyConfig nothingAutomatic = TestConfigs.with("spend.autoApproveMax", 0);
        ActionBuilder dispatch = plumbingDispatch(null);

        // when
        Decision decision = Decide.with(nothingAutomatic, dispatch);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
    }

    @Test
    void requireApprovalAboveDoesNotMoveTheApprovalBoundary() {
        // given
        PolicyConfig config = TestConfigs.with("spend.autoApproveMax", 100, "spend.requireApprovalAbove", 4000);
        ActionBuilder dispatch = plumbingDispatch("200");

        // when
        Decision decision = Decide.with(config, dispatch);

        // then
        assertThatDecision(decision).needsApproval().hasReasons(SPEND_REQUIRES_APPROVAL);
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"VENDOR_ASSIGN", "VENDOR_DISPATCH", "BID_REQUEST", "BID_ACCEPT"})
    void everyTypeWithSpendIsCovered(ActionType type) {
        // given
        ActionBuilder action = an(type).withAmount("9000").withCategory(Category.PLUMBING);

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(SPEND_HARD_BLOCK);
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"READ", "WORK_ORDER_CREATE", "WORK_ORDER_UPDATE", "WORK_ORDER_CLOSE",
        "NOTIFICATION_SEND", "COMPLIANCE_TASK_CREATE", "PM_TASK_CREATE"})
    void amountsAreIgnoredOnTypesWithoutSpend(ActionType type) {
        // given
        ActionBuilder action = an(type).withAmount("1000000");

        // when
        Decision decision = Decide.withDefaults(action);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT);
    }

    static Stream<Arguments> amountsOfEveryNumberType() {
        return Stream.of(
                Arguments.of(750, Outcome.ALLOW),
                Arguments.of(750L, Outcome.ALLOW),
                Arguments.of(750.0d, Outcome.ALLOW),
                Arguments.of(new BigDecimal("750.00"), Outcome.ALLOW),
                Arguments.of(BigInteger.valueOf(751), Outcome.APPROVAL),
                Arguments.of(750.01d, Outcome.APPROVAL),
                Arguments.of(5000, Outcome.APPROVAL),
                Arguments.of(new BigDecimal("5000.001"), Outcome.BLOCK),
                Arguments.of(5001L, Outcome.BLOCK));
    }

    @ParameterizedTest
    @MethodSource("amountsOfEveryNumberType")
    void amountsArriveAsAnyJsonNumberType(Object amount, Outcome expected) {
        // given
        Map<String, Object> json = new HashMap<>(Map.of("type", "VENDOR_DISPATCH", "category", "PLUMBING"));
        json.put("amount", amount);
        Action action = Action.fromMap(json, "action", NOON);

        // when
        Decision decision = new PolicyEngine().evaluate(PolicyConfig.defaults(), action, false);

        // then
        assertThatDecision(decision).hasOutcome(expected);
    }

    @Test
    void nullAmountCountsAsAbsent() {
        // given
        Map<String, Object> json = new HashMap<>(Map.of("type", "BID_ACCEPT"));
        json.put("amount", null);
        Action action = Action.fromMap(json, "action", NOON);

        // when
        Decision decision = new PolicyEngine().evaluate(TestConfigs.with("spend.autoApproveMax", 0), action, false);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
    }

    @Test
    void bidAcceptIsNotSubjectToCategoryOrCapacity() {
        // given
        ActionBuilder accept = a(ActionType.BID_ACCEPT).withAmount("10").withCategory(Category.PEST).withOpenWorkOrders(99);

        // when
        Decision decision = Decide.withDefaults(accept);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(SPEND_WITHIN_AUTO_LIMIT);
    }
}
