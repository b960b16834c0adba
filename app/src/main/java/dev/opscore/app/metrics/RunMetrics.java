package dev.opscore.app.metrics;

import dev.opscore.db.run.RunRows;
import dev.opscore.jobs.runtime.RunStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code opscore.runs{status}}: runs by status, read from the database when scraped — one query
 * per scrape, not one per status: the counts are reused for a few seconds.
 */
@Component
class RunMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final RunRows runs;
    private final Clock clock;
    private Map<String, Long> counts = Map.of();
    private Instant readAt = Instant.MIN;

    RunMetrics(RunRows runs, MeterRegistry meters, Clock clock) {
        this.runs = runs;
        this.clock = clock;
        for (RunStatus status : RunStatus.values()) {
            Gauge.builder("opscore.runs", this, m -> m.count(status))
                    .tag("status", status.name())
                    .description("Agent runs by status")
                    .register(meters);
        }
    }

    private synchronized double count(RunStatus status) {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            counts = runs.countByStatus();
            readAt = now;
        }
        return counts.getOrDefault(status.name(), 0L);
    }
}
