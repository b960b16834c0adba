package dev.opscore.ops.simulator.metrics;

/** A count out of a count; the rate is null when nothing was counted. */
public record Ratio(long part, long whole) {

    public Double rate() {
        return whole == 0 ? null : (double) part / whole;
    }

    public Ratio plus(boolean counted, boolean hit) {
        return new Ratio(part + (counted && hit ? 1 : 0), whole + (counted ? 1 : 0));
    }
}
