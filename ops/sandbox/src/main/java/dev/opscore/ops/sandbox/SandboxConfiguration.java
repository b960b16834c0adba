package dev.opscore.ops.sandbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Brings up the whole sandbox PMS. An application that scans {@code dev.opscore} gets it without
 * importing this class; any other application (a simulator, a test) imports it. Either way the
 * sandbox exists only under {@link ConditionalOnSandbox}. The application must provide a
 * PostgreSQL {@code DataSource}, a {@code JdbcClient}, Jackson's {@code JsonMapper} and Spring
 * Security; it must not expect the sandbox to define a {@code Clock}, a transaction manager or a
 * {@code Flyway} bean (it defines none, so OpsCore's own stay as they are).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
@ComponentScan
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxConfiguration {
}
