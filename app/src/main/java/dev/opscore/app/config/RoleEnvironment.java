package dev.opscore.app.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code opscore.role} into the settings it implies, with a precedence just above the
 * application's own defaults, so that anything set explicitly still wins.
 */
class RoleEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        OpsCoreRole role = OpsCoreRole.parse(environment.getProperty("opscore.role", "all"));
        MapPropertySource roleDefaults = new MapPropertySource("opscoreRole", role.defaults());
        var sources = environment.getPropertySources();
        String applicationConfig = sources.stream().map(s -> s.getName())
                .filter(name -> name.contains("application.yml") || name.contains("application.properties"))
                .findFirst().orElse(null);
        if (applicationConfig == null) {
            sources.addLast(roleDefaults);
        } else {
            sources.addBefore(applicationConfig, roleDefaults);
        }
    }

    @Override
    public int getOrder() {
        // after the config data (application.yml) has been loaded
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
