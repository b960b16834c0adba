package dev.opscore.app.process;

import dev.opscore.app.OpsCoreApplication;
import dev.opscore.app.support.ApiClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OpsCore started as a separate JVM (the test's own classpath, the real main class), so a test
 * can kill it with SIGKILL or run several workers against one database.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts OpsCore in {@code role} on the given database with the test credentials. */
    static AppProcess start(String name, String role, String databaseUrl, Map<String, String> properties) {
        int port = freePort();
        Path log = Path.of("target", "process-logs", name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                OpsCoreApplication.class.getName(),
                "--opscore.role=" + role,
                "--opscore.worker-name=" + name,
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--opscore.bootstrap.admin-password=" + ApiClient.ADMIN_PASSWORD,
                "--opscore.bootstrap.service-token=" + ApiClient.SERVICE_TOKEN));
        if (!properties.containsKey("jobrunr.dashboard.enabled")) {
            command.add("--jobrunr.dashboard.enabled=false");
        }
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).directory(new File(".")).start();
            return new AppProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs OpsCore with {@code arguments} to its end; returns the exit code (output in the log). */
    static int runToEnd(String name, String databaseUrl, String... arguments) throws Exception {
        Path log = Path.of("target", "process-logs", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), OpsCoreApplication.class.getName(),
                "--spring.datasource.url=" + databaseUrl));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not finish; see " + log);
        }
        return process.exitValue();
    }

    ApiClient api() {
        return new ApiClient(baseUrl());
    }

    /** Where this process serves HTTP (the API, and the in-process sandbox in role api or all). */
    String baseUrl() {
        return "http://localhost:" + port;
    }

    boolean healthy() {
        try {
            return api().get("/actuator/health", ApiClient.Caller.ANONYMOUS).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, exactly like a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
