package dev.opscore.jobs.maintenance;

import dev.opscore.db.memory.MemoryRows;
import dev.opscore.jobs.runtime.IdSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A vendor's record with us, kept in {@code agent_memory} (scope vendor, key {@value #KEY}) and
 * updated at every closeout: jobs, on-time rate, cost against estimate, tenant rating, repeat-issue
 * rate. The planner ranks covering vendors by {@link #score}.
 */
@Component
class VendorScores {

    static final String KEY = "score";

    private final MemoryRows memory;
    private final IdSource ids;
    private final Clock clock;
    private final TransactionTemplate transaction;

    VendorScores(MemoryRows memory, IdSource ids, Clock clock, TransactionTemplate transaction) {
        this.memory = memory;
        this.ids = ids;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * Higher is better, 0..1: on-time 35%, tenant rating 25%, cost against estimate 20%, repeat
     * issues 20%. With no history of ours, the PMS's own rating and on-time rate stand in.
     */
    static double score(Map<String, Object> vendor, Map<String, Object> history) {
        int jobs = Facts.integer(history, "jobs", 0);
        double onTime = jobs > 0 ? Facts.decimal(history, "onTime", 0) / jobs : Facts.decimal(vendor, "onTimeRate", 0.8);
        int rated = Facts.integer(history, "ratings", 0);
        double rating = rated > 0 ? Facts.decimal(history, "ratingSum", 0) / rated : Facts.decimal(vendor, "rating", 4.0);
        double costRatio = jobs > 0 ? Facts.decimal(history, "costRatioSum", jobs) / jobs : 1.0;
        double repeat = jobs > 0 ? Facts.decimal(history, "repeats", 0) / jobs : 0.0;
        double costScore = Math.max(0, Math.min(1, 2 - costRatio));
        return 0.35 * onTime + 0.25 * (rating / 5.0) + 0.20 * costScore + 0.20 * (1 - repeat);
    }

    /** Records a closed job: on time or not, actual cost against the estimate, a repeat or not. */
    Map<String, Object> recordJob(String vendorId, boolean onTime, BigDecimal actual, BigDecimal estimate, boolean repeat) {
        return transaction.execute(tx -> {
            Map<String, Object> h = new LinkedHashMap<>(memory.lockForUpdate(ids.next(), "vendor", vendorId, KEY, clock.instant()));
            double ratio = actual == null || estimate == null || estimate.signum() == 0 ? 1.0
                    : actual.divide(estimate, 4, RoundingMode.HALF_UP).doubleValue();
            h.put("jobs", Facts.integer(h, "jobs", 0) + 1);
            h.put("onTime", Facts.integer(h, "onTime", 0) + (onTime ? 1 : 0));
            h.put("costRatioSum", Facts.decimal(h, "costRatioSum", 0) + ratio);
            h.put("repeats", Facts.integer(h, "repeats", 0) + (repeat ? 1 : 0));
            memory.save("vendor", vendorId, KEY, h, confidence(h), clock.instant());
            return h;
        });
    }

    /** Records a tenant's 1-5 rating of a job. */
    Map<String, Object> recordRating(String vendorId, int rating) {
        return transaction.execute(tx -> {
            Map<String, Object> h = new LinkedHashMap<>(memory.lockForUpdate(ids.next(), "vendor", vendorId, KEY, clock.instant()));
            h.put("ratings", Facts.integer(h, "ratings", 0) + 1);
            h.put("ratingSum", Facts.decimal(h, "ratingSum", 0) + rating);
            memory.save("vendor", vendorId, KEY, h, confidence(h), clock.instant());
            return h;
        });
    }

    /** More jobs, more confidence: 1 - 1/(1 + jobs). */
    private static double confidence(Map<String, Object> history) {
        return 1.0 - 1.0 / (1 + Facts.integer(history, "jobs", 0));
    }
}
