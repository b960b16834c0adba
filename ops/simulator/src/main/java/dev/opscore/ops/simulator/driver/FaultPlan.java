package dev.opscore.ops.simulator.driver;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PMS faults switched on and off at chosen virtual times ({@code PUT /sandbox/faults} replaces the
 * rules and reseeds their random draws from the world's seed, so the same month fails the same calls).
 *
 * @param changes the rule sets, earliest first; each stays in force until the next
 */
public record FaultPlan(List<Change> changes) {

    /** Rules in force from {@code at}; {@code slowMs} is the latency they inject, which the driver waits out. */
    public record Change(Instant at, String label, List<Map<String, Object>> rules, long slowMs) {
    }

    public FaultPlan {
        changes = List.copyOf(changes);
    }

    public static FaultPlan none() {
        return new FaultPlan(List.of());
    }

    /** The read timeout OpsCore's PMS client gets in a month with faults: below {@link #SLOW_MS}. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    static final long SLOW_MS = 2_500;

    /**
     * The standard month with faults: 5% of PMS writes (POST, PATCH) fail with 503 all month; for an hour
     * on the first third's last day dispatches are slower than the client waits (it gives up, the PMS acts:
     * a retry must replay, not act again); and a 10-minute outage of the whole PMS API two thirds in.
     */
    public static FaultPlan standard(Instant start, int days) {
        Instant day0 = start.truncatedTo(ChronoUnit.DAYS);
        Instant slowFrom = day0.plus(Duration.ofDays(Math.max(1, days / 3))).plus(Duration.ofHours(14));
        Instant outageFrom = day0.plus(Duration.ofDays(Math.max(1, 2 * days / 3))).plus(Duration.ofHours(15));
        if (!outageFrom.isAfter(slowFrom.plus(Duration.ofHours(1)))) {
            outageFrom = slowFrom.plus(Duration.ofHours(3));
        }
        List<Map<String, Object>> writes = List.of(rule("POST", "/api/**", "errorRate", 0.05),
                rule("PATCH", "/api/**", "errorRate", 0.05));
        List<Map<String, Object>> slow = new ArrayList<>();
        slow.add(rule("POST", "/api/workorders/*/assignment", "latencyMs", SLOW_MS));
        slow.addAll(writes);
        List<Map<String, Object>> outage = new ArrayList<>();
        outage.add(rule(null, "/api/**", "errorRate", 1.0));
        return new FaultPlan(List.of(
                new Change(start, "5% of writes fail (503)", writes, 0),
                new Change(slowFrom, "dispatches slower (2.5 s) than the client waits (2 s)", slow, SLOW_MS),
                new Change(slowFrom.plus(Duration.ofHours(1)), "5% of writes fail (503)", writes, 0),
                new Change(outageFrom, "PMS API down (every call 503)", outage, 0),
                new Change(outageFrom.plus(Duration.ofMinutes(10)), "5% of writes fail (503)", writes, 0)));
    }

    /** The first change strictly after {@code now}. */
    Optional<Instant> nextAfter(Instant now) {
        return changes.stream().map(Change::at).filter(at -> at.isAfter(now)).findFirst();
    }

    /** The change that takes effect exactly at {@code now}, if any. */
    Optional<Change> at(Instant now) {
        return changes.stream().filter(c -> c.at().equals(now)).reduce((a, b) -> b);
    }

    /** The latency injected by the rules in force at {@code now}. */
    long slowMsAt(Instant now) {
        return changes.stream().filter(c -> !c.at().isAfter(now)).reduce((a, b) -> b).map(Change::slowMs).orElse(0L);
    }

    private static Map<String, Object> rule(String method, String path, String key, Object value) {
        Map<String, Object> rule = new LinkedHashMap<>();
        if (method != null) {
            rule.put("method", method);
        }
        rule.put("path", path);
        rule.put(key, value);
        return rule;
    }
}
