package dev.opscore.tools.registry;

import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.client.PmsClientConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The {@link ToolRegistry} bean over the Feign clients; importing this configuration brings the clients too. */
@Configuration(proxyBeanMethods = false)
@Import(PmsClientConfiguration.class)
public class ToolRegistryConfiguration {

    @Bean
    ToolRegistry toolRegistry(PmsApis pmsApis) {
        return new ToolRegistry(pmsApis);
    }
}
