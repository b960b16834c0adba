package dev.opscore.ops.sandbox.seed;

import dev.opscore.ops.sandbox.vendor.VendorBehaviour;
import java.util.Random;

/**
 * The kinds of vendor a larger portfolio mixes, so that the agent meets the whole spread: most answer
 * and show up, some are slow, some flaky, a few hardly ever answer. The published rating and on-time
 * rate follow the profile loosely, as they do in life, so choosing by rating helps but does not settle it.
 */
enum VendorProfile {

    RELIABLE(30, new Range(0.85, 0.95), new Range(0.01, 0.04), new Range(10, 60), new Range(0.0, 0.03),
            new Range(0.05, 0.12), new Range(4.4, 5.0), new Range(0.92, 0.99)),
    STEADY(35, new Range(0.65, 0.85), new Range(0.03, 0.10), new Range(30, 180), new Range(0.03, 0.08),
            new Range(0.10, 0.25), new Range(3.8, 4.6), new Range(0.80, 0.93)),
    SLOW(15, new Range(0.55, 0.75), new Range(0.08, 0.15), new Range(240, 720), new Range(0.05, 0.12),
            new Range(0.15, 0.30), new Range(3.4, 4.2), new Range(0.70, 0.85)),
    FLAKY(15, new Range(0.35, 0.55), new Range(0.15, 0.30), new Range(60, 480), new Range(0.12, 0.25),
            new Range(0.20, 0.40), new Range(3.0, 3.9), new Range(0.60, 0.78)),
    SILENT(5, new Range(0.10, 0.30), new Range(0.50, 0.70), new Range(120, 1440), new Range(0.15, 0.30),
            new Range(0.20, 0.40), new Range(2.8, 3.6), new Range(0.55, 0.70));

    private record Range(double low, double high) {
        double draw(Random random) {
            return low + (high - low) * random.nextDouble();
        }
    }

    private static final int TOTAL_WEIGHT = 100;

    private final int weight;
    private final Range accept;
    private final Range ignore;
    private final Range delayMinutes;
    private final Range noShow;
    private final Range costSpread;
    private final Range rating;
    private final Range onTime;

    VendorProfile(int weight, Range accept, Range ignore, Range delayMinutes, Range noShow, Range costSpread,
                  Range rating, Range onTime) {
        this.weight = weight;
        this.accept = accept;
        this.ignore = ignore;
        this.delayMinutes = delayMinutes;
        this.noShow = noShow;
        this.costSpread = costSpread;
        this.rating = rating;
        this.onTime = onTime;
    }

    static VendorProfile draw(Random random) {
        int roll = random.nextInt(TOTAL_WEIGHT);
        for (VendorProfile profile : values()) {
            roll -= profile.weight;
            if (roll < 0) {
                return profile;
            }
        }
        throw new IllegalStateException("profile weights do not add up to " + TOTAL_WEIGHT);
    }

    VendorBehaviour behaviour(Random random, String vendorId) {
        double acceptProbability = VendorGenerator.round(accept.draw(random), 2);
        double ignoreProbability = Math.min(VendorGenerator.round(ignore.draw(random), 2),
                VendorGenerator.round(1 - acceptProbability, 2));
        return new VendorBehaviour(vendorId, acceptProbability, ignoreProbability,
                (int) Math.round(delayMinutes.draw(random)), VendorGenerator.round(noShow.draw(random), 2),
                45 + random.nextInt(196), VendorGenerator.round(costSpread.draw(random), 2));
    }

    double rating(Random random) {
        return VendorGenerator.round(rating.draw(random), 1);
    }

    double onTimeRate(Random random) {
        return VendorGenerator.round(onTime.draw(random), 2);
    }
}
