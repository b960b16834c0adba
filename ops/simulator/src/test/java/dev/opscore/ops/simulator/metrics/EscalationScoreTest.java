package dev.opscore.ops.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EscalationScoreTest {

    @Test
    void precisionAndRecallCountAgainstGroundTruth() {
        // given: 3 escalated of which 2 must; 1 must-escalate missed; 4 quiet and rightly so
        EscalationScore score = EscalationScore.empty().add(true, true).add(true, true).add(true, false)
                .add(false, true).add(false, false).add(false, false).add(false, false).add(false, false);
        // then
        assertThat(score).isEqualTo(new EscalationScore(2, 1, 1, 4));
        assertThat(score.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aRatioWithNothingToCountIsNull() {
        EscalationScore quiet = EscalationScore.empty().add(false, false);
        assertThat(quiet.precision()).isNull();
        assertThat(quiet.recall()).isNull();
    }
}
