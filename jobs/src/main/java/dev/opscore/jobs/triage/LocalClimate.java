package dev.opscore.jobs.triage;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a message arrived in a cold, hot or mild month where the property is, from climate normals:
 * {@code triage.md} makes "no heat in cold weather" an EMERGENCY and "AC out in hot weather" URGENT, and
 * tenants rarely say what the weather is. Pure: no I/O and no clock; the month is {@code receivedAt}'s in
 * the property's zone.
 *
 * <p>Normals are the 1991–2020 monthly means of the daily low and high, rounded to 0.1: NOAA NCEI U.S.
 * Climate Normals for New York (Central Park), Chicago (O'Hare), Denver (Central Park/DIA), Los Angeles
 * (Downtown USC) and Phoenix (Sky Harbor); Met Office UK climate averages for London (Heathrow), converted
 * from °C. A month is COLD when its mean daily low is at most 4.5 °C (40.1 °F), a tenant's home then
 * cools below safe indoor temperatures within hours without heat; HOT when its mean daily high is at least
 * 29 °C (84.2 °F). A zone not in the table falls back to a northern-hemisphere calendar (December to
 * February COLD, June to August HOT): over-calling the season costs a faster call-out, under-calling it
 * leaves someone without heat.
 */
final class LocalClimate {

    enum Season { COLD, HOT, MILD }

    /** The season and where and when it was read, e.g. {@code America/New_York 2026-01}. */
    record Reading(Season season, String where) {
    }

    static final double COLD_LOW_MAX_F = 40.1;
    static final double HOT_HIGH_MIN_F = 84.2;

    private record Normals(double[] lowF, double[] highF) {
    }

    private static final Map<String, Normals> NORMALS = Map.of(
            "America/New_York", new Normals(
                    new double[] {26.9, 29.0, 35.1, 44.8, 54.6, 64.4, 70.1, 68.9, 62.3, 51.4, 41.5, 32.8},
                    new double[] {39.5, 42.2, 49.9, 61.8, 71.4, 79.7, 84.9, 83.3, 76.2, 64.5, 54.0, 44.3}),
            "America/Chicago", new Normals(
                    new double[] {18.2, 21.7, 30.9, 40.4, 50.3, 60.5, 66.0, 64.7, 56.6, 44.7, 33.2, 23.8},
                    new double[] {31.6, 35.7, 47.0, 59.0, 70.5, 80.4, 84.5, 82.5, 75.5, 62.7, 48.4, 36.1}),
            "America/Denver", new Normals(
                    new double[] {18.6, 20.1, 27.4, 34.3, 43.9, 53.1, 59.1, 57.1, 48.5, 36.9, 25.8, 18.5},
                    new double[] {44.6, 46.0, 54.2, 60.9, 70.9, 82.4, 89.2, 87.0, 79.1, 65.7, 53.7, 44.8}),
            "America/Los_Angeles", new Normals(
                    new double[] {48.5, 50.1, 52.4, 55.1, 58.8, 62.0, 65.6, 66.3, 65.0, 60.1, 52.6, 47.6},
                    new double[] {68.2, 68.6, 70.2, 72.7, 74.5, 78.1, 83.8, 84.8, 83.3, 78.6, 73.1, 67.4}),
            "America/Phoenix", new Normals(
                    new double[] {46.4, 49.5, 54.5, 60.8, 69.7, 78.8, 85.0, 84.2, 77.8, 65.9, 53.4, 45.2},
                    new double[] {67.6, 71.0, 77.5, 85.2, 94.8, 104.2, 106.5, 105.1, 100.1, 89.1, 76.6, 66.1}),
            "Europe/London", new Normals(
                    fahrenheit(2.7, 2.6, 3.9, 5.5, 8.6, 11.6, 13.8, 13.7, 11.4, 8.5, 5.1, 3.0),
                    fahrenheit(8.4, 9.0, 11.7, 15.0, 18.4, 21.5, 23.7, 23.3, 20.3, 16.0, 11.4, 8.8)));

    private LocalClimate() {}

    /**
     * The season of {@code receivedAt}'s local month.
     *
     * @param receivedAt when the message arrived, or null (then there is no reading)
     * @param zone the property's zone, or null (then {@code receivedAt}'s own offset and the fallback)
     */
    static Optional<Reading> at(OffsetDateTime receivedAt, ZoneId zone) {
        if (receivedAt == null) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(zone == null ? receivedAt : receivedAt.atZoneSameInstant(zone));
        Normals normals = zone == null ? null : NORMALS.get(zone.getId());
        Season season = normals == null ? fallback(month) : seasonOf(normals, month.getMonthValue() - 1);
        return Optional.of(new Reading(season, (zone == null ? "unknown zone" : zone.getId()) + " " + month));
    }

    private static Season seasonOf(Normals normals, int monthIndex) {
        if (normals.lowF()[monthIndex] <= COLD_LOW_MAX_F) {
            return Season.COLD;
        }
        return normals.highF()[monthIndex] >= HOT_HIGH_MIN_F ? Season.HOT : Season.MILD;
    }

    private static Season fallback(YearMonth month) {
        return switch (month.getMonth()) {
            case DECEMBER, JANUARY, FEBRUARY -> Season.COLD;
            case JUNE, JULY, AUGUST -> Season.HOT;
            default -> Season.MILD;
        };
    }

    private static double[] fahrenheit(double... celsius) {
        double[] f = new double[celsius.length];
        for (int i = 0; i < celsius.length; i++) {
            f[i] = celsius[i] * 9 / 5 + 32;
        }
        return f;
    }
}
