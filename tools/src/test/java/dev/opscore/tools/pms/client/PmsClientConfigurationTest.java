package dev.opscore.tools.pms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import dev.opscore.tools.registry.ToolRegistry;
import dev.opscore.tools.registry.ToolRegistryConfiguration;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** The Spring wiring: one bean per interface, the endpoint resolved at request time, the credential fallbacks. */
class PmsClientConfigurationTest {

    private final StubPms pms = new StubPms();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ToolRegistryConfiguration.class);

    @AfterEach
    void stop() {
        pms.close();
    }

    @Test
    void everyInterfaceHasAClientBeanAndTheRegistryIsWired() {
        runner.run(context -> {
            // then
            assertThat(context).hasNotFailed().hasSingleBean(ToolRegistry.class).hasSingleBean(PmsApis.class);
            assertThat(context.getBean(PmsApis.class).workOrders()).isSameAs(context.getBean(WorkOrdersApi.class));
            PmsProperties properties = context.getBean(PmsProperties.class);
            assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void withoutABaseUrlTheLocalPortIsAskedAtRequestTimeWithTheServiceToken() {
        runner.withPropertyValues("opscore.bootstrap.service-token=svc-token").run(context -> {
            // given
            pms.json(200, "{\"id\":\"wo-1\"}");
            WorkOrdersApi api = context.getBean(WorkOrdersApi.class);
            assertThatThrownBy(() -> api.get("wo-1")).isInstanceOf(TransientPmsFailure.class)
                    .hasMessageContaining("not listening yet");

            // when the web server has started
            ((ConfigurableEnvironment) context.getEnvironment()).getPropertySources()
                    .addFirst(new MapPropertySource("server.ports", Map.of("local.server.port", pms.port())));
            api.get("wo-1");

            // then
            assertThat(pms.last().header("Authorization")).isEqualTo("Bearer svc-token");
            assertThat(pms.last().header("Host")).isEqualTo("127.0.0.1:" + pms.port());
        });
    }

    @Test
    void aConfiguredBaseUrlAndTokenWin() {
        runner.withPropertyValues("opscore.pms.base-url=" + pms.baseUrl(), "opscore.pms.token=pms-token",
                "opscore.bootstrap.service-token=svc-token", "local.server.port=1").run(context -> {
            // given
            pms.json(200, "{\"id\":\"wo-1\"}");

            // when
            context.getBean(WorkOrdersApi.class).get("wo-1");

            // then
            assertThat(pms.last().header("Authorization")).isEqualTo("Bearer pms-token");
        });
    }

    @Test
    void basicCredentialsAreUsedWhenNoTokenIsSet() {
        runner.withPropertyValues("opscore.pms.base-url=" + pms.baseUrl(), "opscore.pms.username=ops",
                "opscore.pms.password=s3cret", "opscore.pms.read-timeout=3s").run(context -> {
            // given
            pms.json(200, "{\"id\":\"wo-1\"}");

            // when
            context.getBean(WorkOrdersApi.class).get("wo-1");

            // then
            assertThat(pms.last().header("Authorization")).isEqualTo("Basic b3BzOnMzY3JldA==");
            assertThat(context.getBean(PmsProperties.class).readTimeout()).isEqualTo(Duration.ofSeconds(3));
        });
    }

    @Test
    void noCredentialAtAllSendsNoAuthorization() {
        runner.withPropertyValues("opscore.pms.base-url=" + pms.baseUrl()).run(context -> {
            // given
            pms.json(200, "{\"id\":\"wo-1\"}");

            // when
            context.getBean(WorkOrdersApi.class).get("wo-1");

            // then
            assertThat(pms.last().header("Authorization")).isNull();
        });
    }
}
