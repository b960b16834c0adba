package dev.opscore.app.process;

import java.time.Duration;
import java.util.List;

/**
 * One burst of work: how many items, the time from the first one's arrival (enqueue, or intake)
 * to the last one's end, and the time from the first one picked up by a worker to the last one's
 * end, which leaves out the wait for JobRunr's next poll.
 */
record Burst(int items, Duration fromArrival, Duration fromPickUp) {

    /** Items per second over several bursts: all items over all their windows. */
    static double perSecond(List<Burst> bursts, boolean fromPickUp) {
        long items = bursts.stream().mapToLong(Burst::items).sum();
        double seconds = bursts.stream().mapToDouble(b -> (fromPickUp ? b.fromPickUp() : b.fromArrival()).toNanos())
                .sum() / 1e9;
        return items / seconds;
    }

    /** Nearest-rank percentile of {@code sorted}. */
    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
