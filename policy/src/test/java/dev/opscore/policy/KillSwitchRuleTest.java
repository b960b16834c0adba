package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.a;
import static dev.opscore.policy.ActionBuilder.an;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KillSwitchRuleTest {

    @Test
    void readIsAllowedWithTheKillSwitchOn() {
        // given
        ActionBuilder read = a(ActionType.READ);

        // when
        Decision decision = Decide.withKillSwitch(read);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
    }

    @Test
    void notificationToStaffIsAllowedWithTheKillSwitchOn() {
        // given
        ActionBuilder notifyStaff = a(ActionType.NOTIFICATION_SEND).to(Recipient.STAFF);

        // when
        Decision decision = Decide.withKillSwitch(notifyStaff);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT);
    }

    @Test
    void emergencyNoticeToTenantIsBlockedWithTheKillSwitchOn() {
        // given
        ActionBuilder emergencyNotice = a(ActionType.NOTIFICATION_SEND).to(Recipient.TENANT)
                .withPriority(Priority.EMERGENCY).withRiskFlags(RiskFlag.SAFETY);

        // when
        Decision decision = Decide.withKillSwitch(emergencyNotice);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY).escalates();
    }

    @Test
    void notificationWithoutRecipientIsNotAStaffNotification() {
        // given
        ActionBuilder notification = a(ActionType.NOTIFICATION_SEND);

        // when
        Decision decision = Decide.withKillSwitch(notification);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY);
    }

    @Test
    void messageToStaffIsNotExempt() {
        // given
        ActionBuilder messageToStaff = a(ActionType.MESSAGE_SEND).to(Recipient.STAFF);

        // when
        Decision decision = Decide.withKillSwitch(messageToStaff);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY);
    }

    @Test
    void otherRulesStillContributeAfterTheKillSwitch() {
        // given
        ActionBuilder dispatch = ActionBuilder.plumbingDispatch("100");

        // when
        Decision decision = Decide.withKillSwitch(dispatch);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY, SPEND_WITHIN_AUTO_LIMIT);
    }

    @Test
    void emergencyWorkOrderKeepsItsEscalationAfterTheKillSwitch() {
        // given
        ActionBuilder emergency = a(ActionType.WORK_ORDER_CREATE).withPriority(Priority.EMERGENCY);

        // when
        Decision decision = Decide.withKillSwitch(emergency);

        // then
        assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY, EMERGENCY_ESCALATION).escalates();
    }

    @ParameterizedTest
    @EnumSource(value = ActionType.class, names = {"READ", "NOTIFICATION_SEND"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherTypeIsBlockedFirstByTheKillSwitch(ActionType type) {
        // given
        ActionBuilder action = an(type).to(Recipient.STAFF);

        // when
        Decision decision = Decide.withKillSwitch(action);

        // then
        assertThatDecision(decision).isBlocked().startsWith(KILL_SWITCH_NOTIFY_ONLY);
    }

    @Test
    void killSwitchOffContributesNothing() {
        // given
        ActionBuilder update = a(ActionType.WORK_ORDER_UPDATE);

        // when
        Decision decision = Decide.withDefaults(update);

        // then
        assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
    }
}
