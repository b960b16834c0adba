package dev.opscore.tools.pms.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final RetryAfter retryAfter =
            new RetryAfter(Clock.fixed(Instant.parse("2026-01-14T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void secondsAndDatesBecomeWaits() {
        assertThat(retryAfter.parse("120")).hasValue(Duration.ofMinutes(2));
        assertThat(retryAfter.parse(" 0 ")).hasValue(Duration.ZERO);
        assertThat(retryAfter.parse("Wed, 14 Jan 2026 10:01:00 GMT")).hasValue(Duration.ofMinutes(1));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(retryAfter.parse("Wed, 14 Jan 2026 09:00:00 GMT")).hasValue(Duration.ZERO);
    }

    @Test
    void anythingElseIsNoHint() {
        assertThat(retryAfter.parse(null)).isEmpty();
        assertThat(retryAfter.parse("")).isEmpty();
        assertThat(retryAfter.parse("soon")).isEmpty();
        assertThat(retryAfter.parse("-5")).isEmpty();
        assertThat(retryAfter.parse("99999999999999999999999")).isEmpty();
    }
}
