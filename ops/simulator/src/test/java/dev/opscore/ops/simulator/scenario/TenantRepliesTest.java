package dev.opscore.ops.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tenants' answers to troubleshooting steps: stable per message, plausible in time, language and outcome. */
class TenantRepliesTest {

    private static final PortfolioView PORTFOLIO = TestPortfolios.of(20, 7);
    private static final MonthScenario MONTH = MonthScenario.generate(7, PORTFOLIO, MonthScenarioTest.START, 30);
    private static final List<TenantMessage> MESSAGES = MONTH.events(TenantMessage.class);

    @Test
    void askingTwiceGivesTheSameAnswerAndAnotherSeedMayNot() {
        // given
        TenantMessage message = MESSAGES.get(0);
        Instant asked = message.at().plus(Duration.ofMinutes(5));
        // when
        Optional<TenantReply> first = MONTH.replies().answer(message, asked);
        MONTH.replies().answer(MESSAGES.get(1), asked);
        Optional<TenantReply> again = MONTH.replies().answer(message, asked);
        // then
        assertThat(again).isEqualTo(first);
        long differing = MESSAGES.stream().filter(m -> !MONTH.replies().answer(m, m.at())
                .equals(MonthScenario.generate(8, PORTFOLIO, MonthScenarioTest.START, 30).replies().answer(m, m.at())))
                .limit(5).count();
        assertThat(differing).isPositive();
    }

    @Test
    void theUsualFirstStepsFixAboutHalfToTwoThirdsAndAnythingElseRarely() {
        // given
        List<TenantMessage> fixable = MESSAGES.stream()
                .filter(m -> MONTH.replies().kindOf(m) != TroubleshootingKind.OTHER).toList();
        List<TenantMessage> other = MESSAGES.stream()
                .filter(m -> MONTH.replies().kindOf(m) == TroubleshootingKind.OTHER).toList();
        // when
        double fixableRate = fixedRate(fixable);
        double otherRate = fixedRate(other);
        // then
        assertThat(fixable).hasSizeGreaterThan(20);
        assertThat(fixableRate).isBetween(0.35, 0.8);
        assertThat(otherRate).isBetween(0.02, 0.2);
        assertThat(MONTH.replies().fixedProbability(TroubleshootingKind.DISPOSAL_RESET))
                .isGreaterThan(MONTH.replies().fixedProbability(TroubleshootingKind.OTHER));
    }

    @Test
    void aProblemAFirstStepFitsIsKnownByItsKind() {
        // then
        assertThat(MESSAGES).filteredOn(m -> MONTH.replies().kindOf(m) == TroubleshootingKind.BREAKER_OR_GFCI)
                .isNotEmpty().allSatisfy(m -> assertThat(m.truth().category()).hasToString("ELECTRICAL"));
        assertThat(MESSAGES).extracting(m -> MONTH.replies().kindOf(m)).contains(TroubleshootingKind.values());
    }

    @Test
    void repliesComeAfterTheStepsInTheMessagesLanguageAndByMorningWhenAskedAtNight() {
        for (TenantMessage message : MESSAGES.subList(0, 120)) {
            // given
            ZoneId zone = zone(message.propertyId());
            Instant askedAtNight = message.at().atZone(zone).with(LocalTime.of(23, 15)).toInstant();
            // when
            Optional<TenantReply> byDay = MONTH.replies().answer(message, message.at().plusSeconds(60));
            Optional<TenantReply> byNight = MONTH.replies().answer(message, askedAtNight);
            // then
            byDay.ifPresent(reply -> {
                assertThat(reply.at()).isAfter(message.at());
                assertThat(reply.tenantId()).isEqualTo(message.tenantId());
                assertThat(reply.propertyId()).isEqualTo(message.propertyId());
                assertThat(reply.text()).isNotBlank();
                if (message.truth().language().equals("es")) {
                    assertThat(reply.text()).doesNotContainIgnoringCase("thank");
                }
            });
            byNight.ifPresent(reply -> assertThat(reply.at().atZone(zone).toLocalTime())
                    .isBetween(LocalTime.of(7, 30), LocalTime.of(10, 0)));
        }
        assertThat(MESSAGES.stream().filter(m -> MONTH.replies().answer(m, m.at()).isEmpty()).count())
                .as("tenants who never answer").isBetween(MESSAGES.size() / 25L, MESSAGES.size() / 5L);
    }

    private static double fixedRate(List<TenantMessage> messages) {
        List<TenantReply> replies = messages.stream().map(m -> MONTH.replies().answer(m, m.at()))
                .flatMap(Optional::stream).toList();
        return replies.stream().filter(TenantReply::fixed).count() / (double) replies.size();
    }

    private static ZoneId zone(String propertyId) {
        return PORTFOLIO.properties().stream().filter(p -> p.id().equals(propertyId)).findFirst()
                .map(p -> ZoneId.of(p.timezone())).orElseThrow();
    }
}
