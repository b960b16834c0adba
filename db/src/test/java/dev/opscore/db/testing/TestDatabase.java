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
 * The PostgreSQL the tests of one JVM use. With {@code OPSCORE_TEST_DATABASE_URL} (a JDBC URL with
 * user, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) it uses that server;
 * otherwise it starts an embedded PostgreSQL (zonky) in a temporary folder. Either way each JVM
 * gets databases of its own, created fresh and dropped at exit, so runs never share rows.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "OPSCORE_TEST_DATABASE_URL";

    private static String serverUrl;
    private static String jdbcUrl;

    private TestDatabase() {
    }

    /** The JVM's shared database (JDBC URL, user included). */
    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = freshDatabase();
        }
        return jdbcUrl;
    }

    /** A new empty database on the same server, for a test that must not share rows or workers. */
    public static synchronized String freshDatabase() {
        if (serverUrl == null) {
            String configured = System.getenv(URL_VARIABLE);
            serverUrl = configured == null || configured.isBlank() ? startEmbedded() : configured;
        }
        String name = "opscore_test_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        execute(serverUrl, "CREATE DATABASE " + name);
        String admin = serverUrl;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(admin, name)));
        int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = serverUrl.indexOf('?');
        return serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
    }

    public static DataSource dataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl());
        dataSource.setDriverClassName("org.postgresql.Driver");
        return dataSource;
    }

    /** Applies OpsCore's Flyway migrations to the shared database (idempotent). */
    public static DataSource migrated() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Files.createTempDirectory("opscore-test-pg"), false);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server.jdbcUrl();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropQuietly(String url, String name) {
        try {
            execute(url, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            // the embedded server may already be stopping at exit; its folder is temporary anyway
            System.err.println("Test database " + name + " not dropped: " + e.getMessage());
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + sql, e);
        }
    }
}
