package dev.opscore.ops.simulator.process;

import dev.opscore.db.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL server the simulated months run on: an embedded one in a temporary folder (zonky's
 * fast, non-durable settings: the data is thrown away), or a server the caller names. Every month
 * gets a fresh database of its own on it ({@link #freshDatabase}); the caller closes the server.
 */
public final class Database implements AutoCloseable {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    private final String serverUrl;
    private final EmbeddedPostgresServer embedded;
    private final Path dataDirectory;
    private int created;

    private Database(String serverUrl, EmbeddedPostgresServer embedded, Path dataDirectory) {
        this.serverUrl = serverUrl;
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
    }

    /** The server at {@code jdbcUrl} (any database on it; the user must be allowed to create databases). */
    public static Database external(String jdbcUrl) {
        return new Database(jdbcUrl, null, null);
    }

    /** An embedded PostgreSQL with its data in a new temporary folder, deleted on close. */
    public static Database embedded() {
        try {
            Path data = Files.createTempDirectory("opscore-simulator-pg");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false);
            return new Database(server.jdbcUrl(), server, data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the embedded PostgreSQL", e);
        }
    }

    /** Creates an empty database named after {@code label} and returns its JDBC URL. */
    public String freshDatabase(String label) {
        String name = ("opscore_sim_" + label + "_" + ProcessHandle.current().pid() + "_" + (++created))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + redacted(serverUrl), e);
        }
        return withDatabase(serverUrl, name);
    }

    /** Drops a database made by {@link #freshDatabase} (an embedded server's go with its folder anyway). */
    public void drop(String jdbcUrl) {
        if (embedded != null) {
            return;
        }
        Matcher m = DATABASE_IN_URL.matcher(jdbcUrl);
        if (!m.matches()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + m.group(2) + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("simulator: could not drop " + m.group(2) + ": " + e.getMessage());
        }
    }

    static String withDatabase(String url, String database) {
        Matcher m = DATABASE_IN_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host:port/database URL: " + redacted(url));
        }
        return m.group(1) + database + m.group(3);
    }

    static String redacted(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        embedded.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("simulator: could not delete " + dataDirectory + ": " + e.getMessage());
        }
    }
}
