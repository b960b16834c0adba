package dev.opscore.jobs.runtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opscore.runtime.*}: the run lease (a worker that stops renewing it has died; another takes
 * the run over), the retry of transient PMS failures, and how often due waits are swept.
 */
@ConfigurationProperties("opscore.runtime")
public record RuntimeProperties(Integer leaseSeconds, Integer maxTries, Duration retryDelay, Duration sweepInterval) {

    public RuntimeProperties {
        leaseSeconds = leaseSeconds == null ? 30 : leaseSeconds;
        maxTries = maxTries == null ? 3 : maxTries;
        retryDelay = retryDelay == null ? Duration.ofMillis(200) : retryDelay;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(1) : sweepInterval;
    }
}
