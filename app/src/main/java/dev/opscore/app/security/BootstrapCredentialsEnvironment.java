package dev.opscore.app.security;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the bootstrap credentials before the context starts, so that both the API's security
 * and JobRunr's dashboard (which takes its credentials from properties) use them. Prints generated
 * ones exactly once, at the start that generated them.
 */
class BootstrapCredentialsEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""))) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("opscore.data-dir", "./data")).toAbsolutePath();
        BootstrapCredentials credentials = BootstrapCredentials.resolve(
                environment.getProperty("opscore.bootstrap.admin-password"),
                environment.getProperty("opscore.bootstrap.service-token"), dataDirectory);
        environment.getPropertySources().addFirst(new MapPropertySource("opscoreBootstrapCredentials", Map.of(
                "opscore.bootstrap.admin-password", credentials.adminPassword(),
                "opscore.bootstrap.service-token", credentials.serviceToken(),
                "jobrunr.dashboard.username", "admin",
                "jobrunr.dashboard.password", credentials.adminPassword())));
        if (credentials.generated()) {
            printOnce(credentials, dataDirectory);
        }
    }

    @SuppressWarnings("java:S106") // printed to the console on purpose, once, never to the log
    private static void printOnce(BootstrapCredentials credentials, Path dataDirectory) {
        System.out.println("""

                ==================================================================
                 OpsCore generated its bootstrap credentials (shown only now):
                   admin user:     admin
                   admin password: %s
                   service token:  %s
                 Kept in %s.
                 Set OPSCORE_BOOTSTRAP_ADMIN_PASSWORD and OPSCORE_BOOTSTRAP_SERVICE_TOKEN to choose your own.
                ==================================================================
                """.formatted(credentials.adminPassword(), credentials.serviceToken(),
                dataDirectory.resolve(BootstrapCredentials.FILE_NAME)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 5;
    }
}
