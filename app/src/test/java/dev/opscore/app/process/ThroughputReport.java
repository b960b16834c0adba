package dev.opscore.app.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text {@link ThroughputMeasurement} writes: rates, ratios, acknowledgement latency, and the raw bursts. */
final class ThroughputReport {

    private ThroughputReport() {
    }

    static String render(List<ThroughputMeasurement.WorkerCount> results, String database, int pollSeconds,
                         long seed, int bursts) {
        int perBurst = results.get(0).opscore.get(0).items();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, """
                Throughput end to end on one database (%s).
                One API process (HTTP, intake, in-process sandbox) and 1 or 2 worker processes (8 JobRunr worker
                threads each; JobRunr poll interval %d s for the baseline and OpsCore alike). Per worker count:
                %d bursts of %d, each in a new sandbox world (seed %d) and started at a random point of the poll
                interval, after a warm-up burst; then %d no-op jobs in one batch.
                  baseline, end to end: a burst of as many no-op JobRunr jobs, enqueued in one batch; first
                            ENQUEUED to last SUCCEEDED (JobRunr's state history in jobrunr_jobs)
                  baseline, sustained: the %d-job batch, first PROCESSING to last SUCCEEDED
                  OpsCore, end to end: routine maintenance requests written by the sandbox's tenants; first
                            intake to the last run at its first wait or end (the harness polls every %d ms)
                  OpsCore, steady: from the first run a worker picked up (leaves out the wait for a poll)

                                      baseline jobs/s         OpsCore events/s       OpsCore / baseline
                                      end to end  sustained   end to end  steady     end to end  steady
                """, database, pollSeconds, bursts, perBurst, seed, results.get(0).sustained.items(),
                results.get(0).sustained.items(), RunWatch.EVERY.toMillis()));
        for (ThroughputMeasurement.WorkerCount r : results) {
            double baseE2e = Burst.perSecond(r.baseline, false);
            double sustained = Burst.perSecond(List.of(r.sustained), true);
            double opsE2e = Burst.perSecond(r.opscore, false);
            double opsSteady = Burst.perSecond(r.opscore, true);
            out.append(String.format(Locale.ROOT, "%d worker process%-13s %10.1f %10.1f %12.2f %7.2f %12.3f %8.4f%n",
                    r.workers, r.workers == 1 ? "" : "es", baseE2e, sustained, opsE2e, opsSteady, opsE2e / baseE2e,
                    opsSteady / sustained));
        }
        out.append("\nIntake to tenant acknowledgement (acknowledge-tenant DONE), wall time seen by the harness:\n");
        for (ThroughputMeasurement.WorkerCount r : results) {
            List<Double> sorted = new ArrayList<>(r.ackMillis);
            sorted.sort(null);
            int events = r.opscore.stream().mapToInt(Burst::items).sum();
            out.append(String.format(Locale.ROOT, "  %d worker%s: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d of %d events"
                            + " acknowledged)%n", r.workers, r.workers == 1 ? " " : "s", Burst.percentile(sorted, 50),
                    Burst.percentile(sorted, 99), sorted.get(sorted.size() - 1), sorted.size(), events));
        }
        out.append("\nRuns by state, and by worker:\n");
        for (ThroughputMeasurement.WorkerCount r : results) {
            out.append("  ").append(r.workers).append(" worker").append(r.workers == 1 ? ":  " : "s: ")
                    .append(r.outcomes).append("; ").append(r.runsPerWorker).append('\n');
        }
        out.append("\nWhy runs escalated:\n");
        if (results.stream().allMatch(r -> r.escalations.isEmpty())) {
            out.append("  none\n");
        }
        for (ThroughputMeasurement.WorkerCount r : results) {
            r.escalations.forEach((why, count) -> out.append("  ").append(r.workers).append(" worker")
                    .append(r.workers == 1 ? ":  " : "s: ").append(count).append(" x ").append(why).append('\n'));
        }
        out.append("\nBursts (items in seconds end to end / after the first pick-up; OpsCore also: seconds from first to last"
                + " intake, acknowledgement p50 ms):\n");
        for (ThroughputMeasurement.WorkerCount r : results) {
            out.append("  ").append(r.workers).append(" worker").append(r.workers == 1 ? ":  " : "s: ")
                    .append("baseline ").append(describe(r.baseline)).append("; OpsCore ").append(describe(r.opscore))
                    .append("; intake ").append(r.intakeSpans.stream().map(d -> String.format(Locale.ROOT, "%.2f",
                            d.toMillis() / 1000.0)).collect(Collectors.joining(", ")))
                    .append("; ack p50 ").append(r.ackMedians.stream().map(m -> String.format(Locale.ROOT, "%.0f", m))
                            .collect(Collectors.joining(", "))).append('\n');
        }
        for (ThroughputMeasurement.WorkerCount r : results) {
            out.append("  ").append(r.workers).append(" worker").append(r.workers == 1 ? ":  " : "s: ")
                    .append("sustained baseline ").append(describe(List.of(r.sustained))).append('\n');
        }
        return out.toString();
    }

    private static String describe(List<Burst> bursts) {
        return bursts.stream().map(b -> String.format(Locale.ROOT, "%d in %.2f/%.2f", b.items(),
                b.fromArrival().toMillis() / 1000.0, b.fromPickUp().toMillis() / 1000.0)).collect(Collectors.joining(", "));
    }
}
