package dev.opscore.jobs.runtime;

import dev.opscore.jobs.intake.IntakeProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The runtime's time, ids, worker name and the in-process fast path. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({IntakeProperties.class, RuntimeProperties.class})
class RuntimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WallClock wallClock() {
        return new WallClock(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    IdSource idSource() {
        return IdSource.random();
    }

    @Bean
    WorkerName workerName(@Value("${opscore.worker-name:}") String configured) {
        if (!configured.isBlank()) {
            return new WorkerName(configured);
        }
        return new WorkerName(hostName() + "-" + ProcessHandle.current().pid());
    }

    /** Runs accepted events at once where this process has JobRunr workers; elsewhere it refuses. */
    @Bean
    Executor eventFastPath(IntakeProperties properties,
                           @Value("${jobrunr.background-job-server.enabled:false}") boolean hasWorkers) {
        if (!properties.fastPath() || !hasWorkers) {
            return task -> {
                throw new RejectedExecutionException("no in-process workers");
            };
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("event-fast-path-");
        executor.setCorePoolSize(properties.fastPathThreads());
        executor.setMaxPoolSize(properties.fastPathThreads());
        executor.setQueueCapacity(10_000);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
