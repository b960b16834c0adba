package dev.opscore.ops.sandbox.clock;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxProperties;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Puts OpsCore on the sandbox world's time ({@code opscore.sandbox.drives-clock}, on by default):
 * the one {@code Clock} OpsCore's runtime injects becomes {@link WorldTimeClock}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
@ConditionalOnProperty(name = "opscore.sandbox.drives-clock", havingValue = "true", matchIfMissing = true)
class WorldClockConfiguration {

    @Bean
    @Primary
    Clock worldClock(SandboxClock world, SandboxProperties properties) {
        return new WorldTimeClock(world, properties.startClock(), ZoneOffset.UTC);
    }
}
