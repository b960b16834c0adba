package dev.opscore.ops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.clock.SandboxClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.web.SecurityFilterChain;

/** The sandbox stays out of an application that has a real PMS, or no web server. */
class SandboxConditionTest {

    /** Scans the sandbox's classes as OpsCore's application (scanning dev.opscore) does. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackages = "dev.opscore.ops.sandbox", excludeFilters = @ComponentScan.Filter(
            type = FilterType.REGEX, pattern = ".*(Test|support).*"))
    static class ScanLikeTheApp {
    }

    @Test
    void aConfiguredPmsBaseUrlTurnsTheSandboxOff() {
        new WebApplicationContextRunner()
                .withUserConfiguration(ScanLikeTheApp.class, SandboxConfiguration.class)
                .withPropertyValues("opscore.pms.base-url=https://pms.example")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(SandboxClock.class)
                        .doesNotHaveBean(SecurityFilterChain.class)
                        .doesNotHaveBean(SandboxProperties.class));
    }

    @Test
    void withoutAWebServerThereIsNoSandbox() {
        new ApplicationContextRunner()
                .withUserConfiguration(ScanLikeTheApp.class, SandboxConfiguration.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SandboxClock.class));
    }
}
