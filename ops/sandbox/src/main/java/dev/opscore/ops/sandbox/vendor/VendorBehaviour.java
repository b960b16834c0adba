package dev.opscore.ops.sandbox.vendor;

/**
 * How a vendor behaves in the simulated world. Of the dispatches and bid requests it gets, it
 * accepts {@code acceptProbability}, ignores {@code ignoreProbability} and declines the rest, after
 * about {@code responseDelayMinutes}; it misses {@code noShowProbability} of its appointments; a job
 * takes about {@code durationMinutes} and costs its rates, spread by up to ±{@code costSpread}.
 */
public record VendorBehaviour(String vendorId, double acceptProbability, double ignoreProbability,
                              int responseDelayMinutes, double noShowProbability, int durationMinutes,
                              double costSpread) {

    public double declineProbability() {
        return Math.max(0, 1 - acceptProbability - ignoreProbability);
    }
}
