package dev.opscore.ops.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.function.Supplier;

/**
 * When things happen in a property's local time, inside the month's window {@code [start, end)}:
 * tenants write mostly in the day (07:00–21:00, busiest in the evening) and sometimes at night, in
 * the default policy's quiet hours.
 */
final class LocalTimes {

    static final LocalTime DAY_STARTS = LocalTime.of(7, 0);
    static final LocalTime NIGHT_STARTS = LocalTime.of(21, 0);
    private static final int ATTEMPTS = 8;

    private final ZoneId zone;
    private final Instant start;
    private final Instant end;
    private final LocalDate firstDay;
    private final int days;

    LocalTimes(ZoneId zone, Instant start, int days) {
        this.zone = zone;
        this.start = start;
        this.end = start.plus(Duration.ofDays(days));
        this.firstDay = start.atZone(zone).toLocalDate();
        this.days = days;
    }

    /** A daytime instant with probability {@code 1 - night}, otherwise a night one. */
    Instant message(Random random, double night) {
        return Draws.chance(random, night) ? night(random) : daytime(random);
    }

    Instant daytime(Random random) {
        return within(random, () -> {
            double roll = random.nextDouble();
            // 07–09 15%, 09–12 20%, 12–17 30%, 17–21 35%: people write before and after work
            int from = roll < 0.15 ? 7 * 60 : roll < 0.35 ? 9 * 60 : roll < 0.65 ? 12 * 60 : 17 * 60;
            int span = roll < 0.15 ? 120 : roll < 0.35 ? 180 : roll < 0.65 ? 300 : 240;
            return LocalTime.ofSecondOfDay((from + random.nextInt(span)) * 60L);
        });
    }

    Instant night(Random random) {
        return within(random, () -> {
            int minutes = (21 * 60 + random.nextInt(10 * 60)) % (24 * 60);
            return LocalTime.ofSecondOfDay(minutes * 60L);
        });
    }

    /** Any minute of the window. */
    Instant anytime(Random random) {
        return start.plus(Duration.ofMinutes(random.nextInt(days * 24 * 60)));
    }

    /** A local {@code time} on day {@code day} (0-based) of the window, or null if that falls outside it. */
    Instant on(int day, LocalTime time) {
        Instant at = ZonedDateTime.of(firstDay.plusDays(day), time, zone).toInstant();
        return inWindow(at) ? at : null;
    }

    /** A daytime instant {@code minDays}..{@code maxDays} after {@code after}, or null past the window. */
    Instant daytimeAfter(Random random, Instant after, int minDays, int maxDays) {
        LocalDate day = after.atZone(zone).toLocalDate().plusDays(minDays + random.nextInt(maxDays - minDays + 1));
        LocalTime time = LocalTime.of(8 + random.nextInt(12), random.nextInt(60));
        Instant at = ZonedDateTime.of(day, time, zone).toInstant();
        return inWindow(at) && at.isAfter(after) ? at : null;
    }

    boolean inWindow(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    private Instant within(Random random, Supplier<LocalTime> times) {
        for (int i = 0; i < ATTEMPTS; i++) {
            LocalDate day = firstDay.plusDays(random.nextInt(days + 1));
            Instant at = ZonedDateTime.of(day, times.get(), zone).toInstant();
            if (inWindow(at)) {
                return at;
            }
        }
        return anytime(random);
    }

    static boolean isNight(Instant at, ZoneId zone) {
        LocalTime time = at.atZone(zone).toLocalTime();
        return time.isBefore(DAY_STARTS) || !time.isBefore(NIGHT_STARTS);
    }
}
