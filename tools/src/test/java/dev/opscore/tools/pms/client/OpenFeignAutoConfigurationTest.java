package dev.opscore.tools.pms.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import dev.opscore.tools.registry.ToolRegistry;
import dev.opscore.tools.registry.ToolRegistryConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

/**
 * spring-cloud-openfeign-core (for {@code SpringMvcContract}) ships auto-configurations that cannot
 * start without spring-cloud-context: an auto-configured application with tools on its classpath
 * must still start, with our clients as the only ones.
 */
class OpenFeignAutoConfigurationTest {

    @Test
    void anAutoConfiguredApplicationWithToolsStarts() {
        new ApplicationContextRunner()
                .withUserConfiguration(AutoConfiguredApplication.class)
                .run(context -> {
                    // then
                    assertThat(context).hasNotFailed().hasSingleBean(ToolRegistry.class);
                    assertThat(context.getBeansOfType(WorkOrdersApi.class)).hasSize(1);
                    assertThat(context.getBeanDefinitionNames())
                            .noneMatch(name -> name.startsWith(OpenFeignAutoConfigurationFilter.OPENFEIGN_PACKAGE));
                });
    }

    @Test
    void openFeignAutoConfigurationsAreDroppedOnlyWithoutTheSpringCloudContext() {
        // given
        OpenFeignAutoConfigurationFilter filter = new OpenFeignAutoConfigurationFilter();
        String[] candidates = {"org.springframework.cloud.openfeign.FeignAutoConfiguration",
                "org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration", null};

        // when
        boolean[] matches = filter.match(candidates, null);

        // then
        assertThat(matches).containsExactly(false, true, true);
    }

    /** Not a {@code @Configuration}: the test-jar must not add configurations to applications that scan {@code dev.opscore}. */
    @EnableAutoConfiguration
    @Import(ToolRegistryConfiguration.class)
    static class AutoConfiguredApplication {
    }
}
