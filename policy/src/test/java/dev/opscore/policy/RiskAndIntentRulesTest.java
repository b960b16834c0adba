package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.a;
import static dev.opscore.policy.ActionBuilder.tenantMessage;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Rules 8 (risk flags) and 9 (intent). */
class RiskAndIntentRulesTest {

    private static ActionBuilder emergencySafetyIntake() {
        return tenantMessage().withIntent(Intent.MAINTENANCE_INTAKE).withPriority(Priority.EMERGENCY);
    }

    @Nested
    class Risk8 {

        @ParameterizedTest
        @CsvSource({"SAFETY, RISK_FLAG_SAFETY", "LEGAL, RISK_FLAG_LEGAL", "FAIR_HOUSING, RISK_FLAG_FAIR_HOUSING",
            "HARASSMENT, RISK_FLAG_HARASSMENT"})
        void eachFlagOnATenantMessageNeedsApproval(RiskFlag flag, ReasonCode expected) {
            // given
            ActionBuilder message = tenantMessage().withRiskFlags(flag);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(expected).escalates();
        }

        @Test
        void riskCodesFollowTheRequestOrder() {
            // given
            ActionBuilder message = tenantMessage()
                    .withRiskFlags(RiskFlag.HARASSMENT, RiskFlag.SAFETY, RiskFlag.FAIR_HOUSING, RiskFlag.LEGAL);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision)
                    .hasReasons(RISK_FLAG_HARASSMENT, RISK_FLAG_SAFETY, RISK_FLAG_FAIR_HOUSING, RISK_FLAG_LEGAL);
        }

        @Test
        void riskCodesFollowTheRequestOrderReversed() {
            // given
            ActionBuilder message = tenantMessage()
                    .withRiskFlags(RiskFlag.LEGAL, RiskFlag.FAIR_HOUSING, RiskFlag.SAFETY, RiskFlag.HARASSMENT);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision)
                    .hasReasons(RISK_FLAG_LEGAL, RISK_FLAG_FAIR_HOUSING, RISK_FLAG_SAFETY, RISK_FLAG_HARASSMENT);
        }

        @Test
        void repeatedFlagCountsOnce() {
            // given
            ActionBuilder message = tenantMessage().withRiskFlags(RiskFlag.SAFETY, RiskFlag.LEGAL, RiskFlag.SAFETY);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(RISK_FLAG_SAFETY, RISK_FLAG_LEGAL);
        }

        @Test
        void loneLegalFlagIsDroppedWhenLegalKeywordsDoNotEscalate() {
            // given
            PolicyConfig config = TestConfigs.with("messaging.legalKeywordsEscalate", false);
            ActionBuilder message = tenantMessage().withRiskFlags(RiskFlag.LEGAL);

            // when
            Decision decision = Decide.with(config, message);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT).doesNotEscalate();
        }

        @Test
        void legalFlagWithAnotherFlagStillCountsWhenLegalKeywordsDoNotEscalate() {
            // given
            PolicyConfig config = TestConfigs.with("messaging.legalKeywordsEscalate", false);
            ActionBuilder message = tenantMessage().withRiskFlags(RiskFlag.LEGAL, RiskFlag.HARASSMENT);

            // when
            Decision decision = Decide.with(config, message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(RISK_FLAG_LEGAL, RISK_FLAG_HARASSMENT);
        }

        @Test
        void loneLegalFlagCountsWhenLegalKeywordsEscalate() {
            // given
            ActionBuilder message = tenantMessage().withRiskFlags(RiskFlag.LEGAL);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(RISK_FLAG_LEGAL);
        }

        @Test
        void safetyOnEmergencyIntakeGoesOutAtOnceWithEscalation() {
            // given: 23:30 local, inside the quiet window
            ActionBuilder message = emergencySafetyIntake().withRiskFlags(RiskFlag.SAFETY).at("2026-01-14T23:30:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(EMERGENCY_SAFETY_NOTICE).escalates().hasNoNotBefore();
        }

        @Test
        void safetyExceptionReplacesOnlyTheSafetyCode() {
            // given
            ActionBuilder message = emergencySafetyIntake().withRiskFlags(RiskFlag.HARASSMENT, RiskFlag.SAFETY);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(RISK_FLAG_HARASSMENT, EMERGENCY_SAFETY_NOTICE);
        }

        @Test
        void safetyExceptionNeedsTheMaintenanceIntakeIntent() {
            // given
            ActionBuilder message = tenantMessage().withIntent(Intent.STATUS_UPDATE).withPriority(Priority.EMERGENCY)
                    .withRiskFlags(RiskFlag.SAFETY);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(RISK_FLAG_SAFETY);
        }

        @ParameterizedTest
        @EnumSource(value = Priority.class, names = {"URGENT", "ROUTINE"})
        void safetyExceptionNeedsEmergencyPriority(Priority priority) {
            // given
            ActionBuilder message = tenantMessage().withIntent(Intent.MAINTENANCE_INTAKE).withPriority(priority)
                    .withRiskFlags(RiskFlag.SAFETY);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(RISK_FLAG_SAFETY);
        }

        @Test
        void safetyExceptionDoesNotEscapeTheKillSwitch() {
            // given
            ActionBuilder message = emergencySafetyIntake().withRiskFlags(RiskFlag.SAFETY);

            // when
            Decision decision = Decide.withKillSwitch(message);

            // then
            assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY, EMERGENCY_SAFETY_NOTICE);
        }

        @Test
        void safetyExceptionDoesNotEscapeTheIntentRule() {
            // given
            PolicyConfig config = TestConfigs.with("messaging.allowedAutoIntents", List.of("FAQ"));
            ActionBuilder message = emergencySafetyIntake().withRiskFlags(RiskFlag.SAFETY);

            // when
            Decision decision = Decide.with(config, message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(INTENT_NOT_AUTO_ALLOWED, EMERGENCY_SAFETY_NOTICE);
        }

        @ParameterizedTest
        @EnumSource(value = Recipient.class, names = {"VENDOR", "STAFF"})
        void flagsOnMessagesToOthersThanTenantsDoNotCount(Recipient recipient) {
            // given
            ActionBuilder message = a(ActionType.MESSAGE_SEND).to(recipient).withRiskFlags(RiskFlag.SAFETY);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT);
        }

        @Test
        void flagsOnNotificationsDoNotCount() {
            // given
            ActionBuilder notification = a(ActionType.NOTIFICATION_SEND).to(Recipient.TENANT)
                    .withRiskFlags(RiskFlag.HARASSMENT);

            // when
            Decision decision = Decide.withDefaults(notification);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT);
        }

        @Test
        void messageWithoutRecipientIsGuardedLikeATenantMessage() {
            // given
            ActionBuilder message = a(ActionType.MESSAGE_SEND).withIntent(Intent.FAQ).withRiskFlags(RiskFlag.SAFETY);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(RISK_FLAG_SAFETY);
        }
    }

    @Nested
    class Intent9 {

        @Test
        void absentIntentNeedsApproval() {
            // given
            ActionBuilder message = a(ActionType.MESSAGE_SEND).to(Recipient.TENANT);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(INTENT_NOT_AUTO_ALLOWED).escalates();
        }

        @ParameterizedTest
        @EnumSource(value = Intent.class, names = {"BILLING", "LEASE", "COMPLAINT"})
        void intentNotInTheListNeedsApproval(Intent intent) {
            // given
            ActionBuilder message = tenantMessage().withIntent(intent);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(INTENT_NOT_AUTO_ALLOWED);
        }

        @ParameterizedTest
        @EnumSource(value = Intent.class, names = {"STATUS_UPDATE", "FAQ", "MAINTENANCE_INTAKE", "RENEWAL_INFO"})
        void intentInTheListIsAllowed(Intent intent) {
            // given
            ActionBuilder message = tenantMessage().withIntent(intent);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT);
        }

        @ParameterizedTest
        @EnumSource(value = Recipient.class, names = {"VENDOR", "STAFF"})
        void intentDoesNotMatterForOtherRecipients(Recipient recipient) {
            // given
            ActionBuilder message = a(ActionType.MESSAGE_SEND).to(recipient);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT);
        }
    }
}
