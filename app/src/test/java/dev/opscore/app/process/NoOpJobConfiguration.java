package dev.opscore.app.process;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link NoOpJobHandler} in an OpsCore process started with
 * {@code --opscore.measurement.no-op-job=true}. Test-only: {@link AppProcess} runs OpsCore on the
 * test classpath, and OpsCore scans {@code dev.opscore}, so the worker processes find this class;
 * without the property (every other test's context) it adds nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opscore.measurement.no-op-job", havingValue = "true")
class NoOpJobConfiguration {

    @Bean
    NoOpJobHandler noOpJobHandler() {
        return new NoOpJobHandler();
    }
}
