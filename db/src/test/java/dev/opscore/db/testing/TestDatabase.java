package dev.opscore.db.testing;

import dev.opscore.db.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL every test in one JVM shares. With {@code OPSCORE_TEST_DATABASE_URL} (a JDBC URL
 * with user, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) it creates a fresh
 * database on that server for this JVM and drops it at exit; otherwise it starts an embedded
 * PostgreSQL (zonky) in a temporary folder. Tests never share rows across JVMs.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "OPSCORE_TEST_DATABASE_URL";

    private static String jdbcUrl;

    private TestDatabase() {
    }

    /** A JDBC URL (user included) of an empty-or-migrated database for this JVM. */
    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            String server = System.getenv(URL_VARIABLE);
            jdbcUrl = server == null || server.isBlank() ? startEmbedded() : createDatabaseOn(server);
        }
        return jdbcUrl;
    }

    public static DataSource dataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl());
        dataSource.setDriverClassName("org.postgresql.Driver");
        return dataSource;
    }

    /** Applies OpsCore's Flyway migrations (idempotent). */
    public static DataSource migrated() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Files.createTempDirectory("opscore-test-pg"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server.jdbcUrl();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String createDatabaseOn(String serverUrl) {
        String name = "opscore_test_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        execute(serverUrl, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(serverUrl, "DROP DATABASE IF EXISTS " + name
                + " WITH (FORCE)")));
        int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = serverUrl.indexOf('?');
        return serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + sql, e);
        }
    }
}
