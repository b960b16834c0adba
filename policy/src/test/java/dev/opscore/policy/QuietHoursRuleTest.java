package dev.opscore.policy;

import static dev.opscore.policy.ActionBuilder.a;
import static dev.opscore.policy.ActionBuilder.tenantMessage;
import static dev.opscore.policy.DecisionAssert.assertThatDecision;
import static dev.opscore.policy.ReasonCode.*;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 10 against the default window 21:00–07:00, in New York unless a test says otherwise. */
class QuietHoursRuleTest {

    private static PolicyConfig window(String start, String end) {
        return TestConfigs.with("messaging.quietHours", Map.of("start", start, "end", end));
    }

    @Nested
    class Boundaries {

        @Test
        void messageAtTheWindowStartIsDeferredToTheEnd() {
            // given
            ActionBuilder message = tenantMessage().at("2026-01-14T21:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(QUIET_HOURS_DEFERRED).doesNotEscalate()
                    .hasNotBefore("2026-01-15T07:00:00-05:00");
        }

        @Test
        void messageOneSecondBeforeTheEndIsDeferred() {
            // given
            ActionBuilder message = tenantMessage().at("2026-01-15T06:59:59-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(QUIET_HOURS_DEFERRED).hasNotBefore("2026-01-15T07:00:00-05:00");
        }

        @Test
        void messageAtTheEndIsNotDeferred() {
            // given
            ActionBuilder message = tenantMessage().at("2026-01-15T07:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).isAllowed().hasReasons(ALLOWED_BY_DEFAULT).hasNoNotBefore();
        }

        @Test
        void messageOneSecondBeforeTheStartIsNotDeferred() {
            // given
            ActionBuilder message = tenantMessage().at("2026-01-14T20:59:59-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(ALLOWED_BY_DEFAULT).hasNoNotBefore();
        }

        @Test
        void messageBeforeMidnightIsDeferredToTheNextMorning() {
            // given
            ActionBuilder message = tenantMessage().at("2026-01-14T23:10:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasNotBefore("2026-01-15T07:00:00-05:00");
        }

        @Test
        void messageAfterMidnightIsDeferredToTheSameMorning() {
            // given
            ActionBuilder message = tenantMessage().at("2026-01-15T00:30:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasNotBefore("2026-01-15T07:00:00-05:00");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-01-14T09:00:00-05:00", "2026-01-14T23:00:00-05:00", "2026-01-15T03:00:00-05:00"})
        void startEqualToEndMeansNoQuietHours(String at) {
            // given
            ActionBuilder message = tenantMessage().at(at);

            // when
            Decision decision = Decide.with(window("09:00", "09:00"), message);

            // then
            assertThatDecision(decision).hasReasons(ALLOWED_BY_DEFAULT).hasNoNotBefore();
        }

        @ParameterizedTest
        @CsvSource({
            "2026-01-14T12:59:59-05:00, ",
            "2026-01-14T13:00:00-05:00, 2026-01-14T15:00:00-05:00",
            "2026-01-14T14:59:59-05:00, 2026-01-14T15:00:00-05:00",
            "2026-01-14T15:00:00-05:00, "
        })
        void windowWithinOneDay(String at, String expectedNotBefore) {
            // given
            ActionBuilder message = tenantMessage().at(at);

            // when
            Decision decision = Decide.with(window("13:00", "15:00"), message);

            // then
            if (expectedNotBefore == null) {
                assertThatDecision(decision).hasReasons(ALLOWED_BY_DEFAULT).hasNoNotBefore();
            } else {
                assertThatDecision(decision).hasReasons(QUIET_HOURS_DEFERRED).hasNotBefore(expectedNotBefore);
            }
        }
    }

    @Nested
    class ZonesAndOffsets {

        @Test
        void notBeforeTakesTheDaylightOffsetAfterSpringForward() {
            // given: New York moves to -04:00 at 02:00 on 2026-03-08
            ActionBuilder message = tenantMessage().at("2026-03-07T23:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasNotBefore("2026-03-08T07:00:00-04:00");
        }

        @Test
        void notBeforeTextKeepsZeroSecondsAndTheOffset() {
            // given
            ActionBuilder inNewYork = tenantMessage().at("2026-03-07T23:00:00-05:00");
            ActionBuilder inUtc = tenantMessage().at("2026-01-14T23:10:00Z").inZone("UTC");

            // when
            Decision newYork = Decide.withDefaults(inNewYork);
            Decision utc = Decide.withDefaults(inUtc);

            // then
            org.assertj.core.api.Assertions.assertThat(newYork.notBeforeText()).isEqualTo("2026-03-08T07:00:00-04:00");
            org.assertj.core.api.Assertions.assertThat(utc.notBeforeText()).isEqualTo("2026-01-15T07:00:00Z");
            org.assertj.core.api.Assertions.assertThat(Decide.withDefaults(tenantMessage()).notBeforeText()).isNull();
        }

        @Test
        void notBeforeTakesTheStandardOffsetAfterFallBack() {
            // given: New York moves back to -05:00 at 02:00 on 2026-11-01
            ActionBuilder message = tenantMessage().at("2026-10-31T22:00:00-04:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasNotBefore("2026-11-01T07:00:00-05:00");
        }

        @Test
        void notBeforeUsesTheZoneOfTheProperty() {
            // given: Berlin moves to +02:00 on 2026-03-29
            ActionBuilder message = tenantMessage().at("2026-03-28T22:30:00+01:00").inZone("Europe/Berlin");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasNotBefore("2026-03-29T07:00:00+02:00");
        }

        @Test
        void localTimeComesFromTheZoneNotFromTheOffsetOfAt() {
            // given: 02:00Z is 21:00 in New York
            ActionBuilder message = tenantMessage().at("2026-01-15T02:00:00Z");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(QUIET_HOURS_DEFERRED).hasNotBefore("2026-01-15T07:00:00-05:00");
        }

        @Test
        void missingZoneMeansUtc() {
            // given: 22:00 in New York is 03:00 UTC
            ActionBuilder message = tenantMessage().at("2026-01-14T22:00:00-05:00").inZone((String) null);

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasNotBefore("2026-01-15T07:00:00Z");
        }

        @Test
        void windowEndInsideTheSpringGapMovesForwardByTheGap() {
            // given: 02:30 does not exist in New York on 2026-03-08
            ActionBuilder message = tenantMessage().at("2026-03-08T01:00:00-05:00");

            // when
            Decision decision = Decide.with(window("22:00", "02:30"), message);

            // then
            assertThatDecision(decision).hasNotBefore("2026-03-08T03:30:00-04:00");
        }

        @ParameterizedTest
        @CsvSource({
            "2026-11-01T01:15:00-04:00, 2026-11-01T01:30:00-04:00",
            "2026-11-01T01:15:00-05:00, 2026-11-01T01:30:00-05:00"
        })
        void windowEndInsideTheAutumnOverlapIsTheNextOccurrence(String at, String expected) {
            // given: 01:00-02:00 happens twice in New York on 2026-11-01
            ActionBuilder message = tenantMessage().at(at);

            // when
            Decision decision = Decide.with(window("00:00", "01:30"), message);

            // then
            assertThatDecision(decision).hasNotBefore(expected);
        }
    }

    @Nested
    class WhatIsDeferred {

        @Test
        void emergencyMessageIsNotDeferred() {
            // given
            ActionBuilder message = tenantMessage().withPriority(Priority.EMERGENCY).at("2026-01-14T23:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(ALLOWED_BY_DEFAULT).hasNoNotBefore();
        }

        @Test
        void messageWithoutPriorityIsNotAnEmergency() {
            // given
            ActionBuilder message = tenantMessage().withPriority(null).at("2026-01-14T23:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(QUIET_HOURS_DEFERRED).hasNotBefore("2026-01-15T07:00:00-05:00");
        }

        @ParameterizedTest
        @ValueSource(strings = {"URGENT", "ROUTINE"})
        void nonEmergencyMessageIsDeferred(Priority priority) {
            // given
            ActionBuilder message = tenantMessage().withPriority(priority).at("2026-01-14T23:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(QUIET_HOURS_DEFERRED);
        }

        @Test
        void messageToVendorIsDeferred() {
            // given
            ActionBuilder message = a(ActionType.MESSAGE_SEND).to(Recipient.VENDOR).at("2026-01-14T23:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(QUIET_HOURS_DEFERRED).hasNotBefore("2026-01-15T07:00:00-05:00");
        }

        @Test
        void messageToStaffIsNotDeferred() {
            // given
            ActionBuilder message = a(ActionType.MESSAGE_SEND).to(Recipient.STAFF).at("2026-01-14T23:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).hasReasons(ALLOWED_BY_DEFAULT).hasNoNotBefore();
        }

        @Test
        void notificationIsNotDeferred() {
            // given
            ActionBuilder notification = a(ActionType.NOTIFICATION_SEND).to(Recipient.TENANT)
                    .at("2026-01-14T23:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(notification);

            // then
            assertThatDecision(decision).hasReasons(ALLOWED_BY_DEFAULT).hasNoNotBefore();
        }

        @Test
        void messageThatNeedsApprovalIsNotDeferred() {
            // given
            ActionBuilder message = tenantMessage().withIntent(Intent.BILLING).at("2026-01-14T23:00:00-05:00");

            // when
            Decision decision = Decide.withDefaults(message);

            // then
            assertThatDecision(decision).needsApproval().hasReasons(INTENT_NOT_AUTO_ALLOWED).hasNoNotBefore();
        }

        @Test
        void blockedMessageIsNotDeferred() {
            // given
            ActionBuilder message = tenantMessage().at("2026-01-14T23:00:00-05:00");

            // when
            Decision decision = Decide.withKillSwitch(message);

            // then
            assertThatDecision(decision).isBlocked().hasReasons(KILL_SWITCH_NOTIFY_ONLY).hasNoNotBefore();
        }

        @Test
        void messageAllowedWithEscalationIsStillDeferred() {
            // given: an earlier rule allowed the message but asked for escalation
            Findings findings = new Findings();
            findings.passWithEscalation(RiskFlagRule.NUMBER, EMERGENCY_SAFETY_NOTICE);
            Action message = tenantMessage().at("2026-01-14T23:00:00-05:00").build();

            // when
            new QuietHoursRule().apply(new RuleInput(PolicyConfig.defaults(), message, false), findings);
            Decision decision = findings.decide();

            // then
            assertThatDecision(decision).isAllowed().hasReasons(EMERGENCY_SAFETY_NOTICE, QUIET_HOURS_DEFERRED)
                    .escalates().hasNotBefore("2026-01-15T07:00:00-05:00");
        }
    }
}
