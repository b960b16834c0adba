package dev.opscore.ops.sandbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sandbox alone, as a host application would run it: scanning only {@code dev.opscore.ops.sandbox},
 * with Spring Boot's web, security, JDBC, Jackson and (from the test classpath) OpsCore's own Flyway
 * auto-configuration beside the sandbox's.
 */
// the host application brings its own users; here nobody but the sandbox's credentials is needed
@SpringBootApplication(excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
public class SandboxTestApplication {
}
