package dev.opscore.app.support;

import dev.opscore.db.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port against the test database, with known credentials:
 * {@code admin} (ADMIN, MANAGER), {@code manager} (MANAGER), {@code governor} (ADMIN) and the
 * service token. Every subclass shares one application context; tests use their own ids.
 */
@OpsCoreApplicationTest
public abstract class ApiTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
    }

    protected ApiClient api() {
        return new ApiClient("http://localhost:" + port);
    }
}
