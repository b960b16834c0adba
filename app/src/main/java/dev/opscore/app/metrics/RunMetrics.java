package dev.opscore.app.metrics;

import dev.opscore.db.run.RunRows;
import dev.opscore.jobs.runtime.RunStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code opscore.runs{status}}: runs by status, read from the database when scraped. */
@Component
class RunMetrics {

    RunMetrics(RunRows runs, MeterRegistry meters) {
        for (RunStatus status : RunStatus.values()) {
            Gauge.builder("opscore.runs", runs, r -> r.countByStatus().getOrDefault(status.name(), 0L))
                    .tag("status", status.name())
                    .description("Agent runs by status")
                    .register(meters);
        }
    }
}
