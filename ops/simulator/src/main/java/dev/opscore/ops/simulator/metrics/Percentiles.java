package dev.opscore.ops.simulator.metrics;

import java.time.Duration;
import java.util.List;

/**
 * p50 and p95 of durations, interpolated between the closest ranks like PostgreSQL's
 * {@code percentile_cont} (which OpsCore's KPI panel uses), so the two can be compared.
 */
public record Percentiles(int count, Duration p50, Duration p95) {

    public static Percentiles of(List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        return new Percentiles(sorted.size(), at(sorted, 0.50), at(sorted, 0.95));
    }

    /** The interpolated percentile {@code p} (0..1) of sorted durations; null when there are none. */
    static Duration at(List<Duration> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        long low = sorted.get(below).toMillis();
        long high = sorted.get(above).toMillis();
        return Duration.ofMillis(Math.round(low + (high - low) * (rank - below)));
    }
}
