package dev.opscore.ops.simulator.scenario;

import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;

/**
 * What the weather makes tenants write about. Every zone of the portfolios is in the northern
 * hemisphere: heating problems in winter, air conditioning in summer, neither in between.
 */
enum Season {
    ANY, WINTER, SUMMER;

    static Season at(Instant start) {
        Month month = start.atZone(ZoneOffset.UTC).getMonth();
        return switch (month) {
            case NOVEMBER, DECEMBER, JANUARY, FEBRUARY, MARCH -> WINTER;
            case MAY, JUNE, JULY, AUGUST, SEPTEMBER -> SUMMER;
            default -> ANY;
        };
    }

    /** Whether a problem of {@code season} happens now. */
    boolean allows(Season season) {
        return season == ANY || season == this;
    }
}
