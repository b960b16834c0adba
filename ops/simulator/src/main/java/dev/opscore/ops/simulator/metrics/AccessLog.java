package dev.opscore.ops.simulator.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How OpsCore's calls to the PMS went, call by call, from the Tomcat access log the simulator turns on
 * (pattern {@code %m %U %s %{Idempotency-Key}i}): OpsCore's action log records a step once, whatever
 * its retries; this sees every attempt. Only the PMS contract's paths count ({@code /api/**} but not
 * OpsCore's own {@code /api/agent/**}).
 */
public record AccessLog(List<Line> lines) {

    /** One request: method, path, status, and its {@code Idempotency-Key} (null for reads). */
    public record Line(String method, String path, int status, String key) {

        boolean failed() {
            return status >= 500 || status == 429;
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    /** What the retries did. */
    public record Retries(Map<String, Long> failuresByCall, long writesRetriedThenSucceeded,
                          long writesNeverSucceeded, long writesReplayed, long readsFailed, long attempts) {
    }

    public static AccessLog read(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            return new AccessLog(List.of());
        }
        List<Line> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                for (String raw : Files.readAllLines(file)) {
                    parse(raw).ifPresent(lines::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the access log in " + directory, e);
        }
        return new AccessLog(lines);
    }

    static Optional<Line> parse(String raw) {
        String[] parts = raw.trim().split(" ");
        if (parts.length < 3 || !parts[1].startsWith("/api/") || parts[1].startsWith("/api/agent/")) {
            return Optional.empty();
        }
        String key = parts.length > 3 && !"-".equals(parts[3]) ? parts[3] : null;
        try {
            return Optional.of(new Line(parts[0], parts[1], Integer.parseInt(parts[2]), key));
        } catch (NumberFormatException notALine) {
            return Optional.empty();
        }
    }

    public Retries retries() {
        Map<String, Long> failures = new TreeMap<>(lines.stream().filter(Line::failed)
                .collect(Collectors.groupingBy(l -> l.method() + " " + pattern(l.path()) + " " + l.status(),
                        Collectors.counting())));
        Map<String, List<Line>> byKey = lines.stream().filter(l -> l.key() != null)
                .collect(Collectors.groupingBy(Line::key));
        long retriedThenOk = byKey.values().stream().filter(ls -> ls.stream().anyMatch(Line::failed)
                && ls.stream().anyMatch(Line::ok)).count();
        long neverOk = byKey.values().stream().filter(ls -> ls.stream().anyMatch(Line::failed)
                && ls.stream().noneMatch(Line::ok)).count();
        long replayed = byKey.values().stream().filter(ls -> ls.stream().filter(Line::ok).count() > 1).count();
        long readsFailed = lines.stream().filter(l -> "GET".equals(l.method()) && l.failed()).count();
        return new Retries(failures, retriedThenOk, neverOk, replayed, readsFailed, lines.size());
    }

    /** A path with its ids replaced, e.g. {@code /api/workorders/{id}/assignment}. */
    static String pattern(String path) {
        return Stream.of(path.split("/")).map(s -> s.matches("[a-z]+-[0-9][0-9a-z-]*") ? "{id}" : s)
                .collect(Collectors.joining("/"));
    }
}
