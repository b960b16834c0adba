package dev.opscore.ops.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void interpolatesBetweenRanksLikePercentileCont() {
        // given: 1..10 minutes, in any order
        List<Duration> minutes = List.of(7, 1, 10, 3, 2, 9, 4, 6, 5, 8).stream().map(Duration::ofMinutes).toList();
        // when
        Percentiles p = Percentiles.of(minutes);
        // then: percentile_cont(0.5) = 5.5, percentile_cont(0.95) = 9.55 minutes
        assertThat(p.count()).isEqualTo(10);
        assertThat(p.p50()).isEqualTo(Duration.ofSeconds(330));
        assertThat(p.p95()).isEqualTo(Duration.ofSeconds(573));
    }

    @Test
    void oneValueIsEveryPercentileAndNoneIsNull() {
        assertThat(Percentiles.of(List.of(Duration.ofHours(2)))).isEqualTo(
                new Percentiles(1, Duration.ofHours(2), Duration.ofHours(2)));
        assertThat(Percentiles.of(List.of())).isEqualTo(new Percentiles(0, null, null));
    }
}
