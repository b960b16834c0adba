package dev.opscore.ops.simulator.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ManagerBotTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aCriticalItemIsAnsweredInFifteenMinutesAtAnyHour() {
        // given: Saturday 03:00 in New York
        Instant raised = Instant.parse("2026-01-10T08:00:00Z");
        assertThat(ManagerBot.answerTime("CRITICAL", raised, NEW_YORK)).isEqualTo(Instant.parse("2026-01-10T08:15:00Z"));
    }

    @Test
    void otherItemsWaitTheirDelayAndThenBusinessHours() {
        // given: Friday 16:30 in New York (21:30Z)
        Instant friday = Instant.parse("2026-01-09T21:30:00Z");
        // then: HIGH after 2 h is 18:30, closed: Monday 09:00; MEDIUM at Monday 10:00 + 8 h = 18:00, closed: Tuesday 09:00
        assertThat(ManagerBot.answerTime("HIGH", friday, NEW_YORK)).isEqualTo(Instant.parse("2026-01-12T14:00:00Z"));
        assertThat(ManagerBot.answerTime("MEDIUM", Instant.parse("2026-01-12T15:00:00Z"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-01-13T14:00:00Z"));
        // within hours, as it is
        assertThat(ManagerBot.answerTime("HIGH", Instant.parse("2026-01-12T15:00:00Z"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-01-12T17:00:00Z"));
    }

    @Test
    void aboutOneSpendApprovalInTenIsRejectedTheSameWayEveryTime() {
        long rejected = IntStream.range(0, 2000).filter(i -> ManagerBot.rejectsSpend("TENANT_MESSAGE:e1:msg-" + i, 9))
                .count();
        assertThat(rejected).isBetween(150L, 250L);
        assertThat(ManagerBot.rejectsSpend("TENANT_MESSAGE:e1:msg-7", 9))
                .isEqualTo(ManagerBot.rejectsSpend("TENANT_MESSAGE:e1:msg-7", 9));
    }
}
