package dev.opscore.jobs.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DedupeKeysTest {

    private static final Instant MORNING = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void theSameTriggerGivesTheSameKeysAndIds() {
        assertThat(DedupeKeys.event(EventType.INCIDENT, "r-1", "p-1"))
                .isEqualTo(DedupeKeys.event(EventType.INCIDENT, "r-1", "p-1"));
        String run = DedupeKeys.run(TriggerType.EVENT, "INCIDENT:r-1", "p-1", MORNING);
        assertThat(DedupeKeys.runId(run)).isEqualTo(DedupeKeys.runId(run));
        assertThat(DedupeKeys.jobId("k")).isEqualTo(DedupeKeys.jobId("k"));
    }

    @Test
    void theRunKeyBucketsByUtcDay() {
        String morning = DedupeKeys.run(TriggerType.SCHEDULE, "daily", null, MORNING);
        String evening = DedupeKeys.run(TriggerType.SCHEDULE, "daily", null, Instant.parse("2026-11-25T23:59:59Z"));
        String nextDay = DedupeKeys.run(TriggerType.SCHEDULE, "daily", null, Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(morning).isEqualTo(evening).isNotEqualTo(nextDay);
    }

    @Test
    void everyPartOfTheKeyCountsAndPartsCannotRunIntoEachOther() {
        String base = DedupeKeys.event(EventType.INCIDENT, "ab", "c");
        assertThat(DedupeKeys.event(EventType.INCIDENT, "a", "bc")).isNotEqualTo(base);
        assertThat(DedupeKeys.event(EventType.TENANT_MESSAGE, "ab", "c")).isNotEqualTo(base);
        assertThat(DedupeKeys.event(EventType.INCIDENT, "ab", null)).isNotEqualTo(base);
        assertThat(DedupeKeys.run(TriggerType.EVENT, "x", "p", MORNING))
                .isNotEqualTo(DedupeKeys.run(TriggerType.MANUAL, "x", "p", MORNING));
    }
}
