package dev.opscore.ops.simulator.scenario;

import dev.opscore.policy.Priority;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * One property's month: what its tenants write (repairs, follow-ups, everything else), what the
 * building reports and which PM schedules fall due. Draws come from a {@code Random} of the seed and
 * the property id, so a property's month does not change when the portfolio around it does.
 *
 * <p>Volumes, per let unit and 30 days: a repair rate drawn per property in 0.5–1.0 (older or
 * fussier buildings report more), a follow-up for 15% of repairs, and other messages making up 30%
 * of everything. Incidents: 0.5 + units/40 per property. Tenants write at night 12% of the time,
 * 35% for an emergency.
 */
final class PropertyMonth {

    static final double REPAIRS_MIN = 0.5;
    static final double REPAIRS_MAX = 1.0;
    static final double FOLLOW_UP = 0.15;
    static final double OTHER_SHARE = 0.30;
    static final double NIGHT = 0.12;
    static final double EMERGENCY_NIGHT = 0.35;
    static final double SPANISH_US = 0.16;
    static final double SPANISH_UK = 0.06;
    static final LocalTime PM_RUN = LocalTime.of(6, 0);
    private static final double MONTH_DAYS = 30.0;

    private final long seed;
    private final PropertyView property;
    private final int days;
    private final MessageComposer composer;
    private final Season season;
    private final LocalTimes times;
    private final Random random;
    private final List<UnitView> units;
    private final List<String> pmScheduleIds;

    PropertyMonth(long seed, PropertyView property, Instant start, int days, MessageComposer composer, Season season) {
        this.seed = seed;
        this.property = property;
        this.days = days;
        this.composer = composer;
        this.season = season;
        this.times = new LocalTimes(property.zone(), start, days);
        this.random = Draws.random(seed, "property", property.id());
        // sorted, so that the month does not depend on the order a PMS happens to list things in
        this.units = property.units().stream().sorted(Comparator.comparing(UnitView::id))
                .map(u -> new UnitView(u.id(), u.tenantIds().stream().sorted().toList())).toList();
        this.pmScheduleIds = property.pmScheduleIds().stream().sorted().toList();
    }

    void generate(Collected out) {
        double scale = days / MONTH_DAYS;
        double repairs = REPAIRS_MIN + (REPAIRS_MAX - REPAIRS_MIN) * random.nextDouble();
        double others = OTHER_SHARE / (1 - OTHER_SHARE) * repairs * (1 + FOLLOW_UP);
        for (UnitView unit : units) {
            if (unit.tenantIds().isEmpty()) {
                continue;
            }
            int repairCount = Draws.poisson(random, repairs * scale);
            int otherCount = Draws.poisson(random, others * scale);
            for (int i = 0; i < repairCount; i++) {
                repair(out, unit);
            }
            for (int i = 0; i < otherCount; i++) {
                String tenantId = Draws.pick(random, unit.tenantIds());
                Composed message = composer.other(random, language(tenantId));
                out.add(message(unit, tenantId, times.message(random, NIGHT), message), message.troubleshooting());
            }
        }
        incidents(out, scale);
        pmTasks(out);
    }

    private void repair(Collected out, UnitView unit) {
        String tenantId = Draws.pick(random, unit.tenantIds());
        String language = language(tenantId);
        Composed message = composer.repair(random, language);
        boolean emergency = message.truth().priority() == Priority.EMERGENCY;
        Instant at = times.message(random, emergency ? EMERGENCY_NIGHT : NIGHT);
        out.add(message(unit, tenantId, at, message), message.troubleshooting());
        if (message.problem() != null && Draws.chance(random, FOLLOW_UP)) {
            Composed followUp = composer.followUp(random, language, message.problem());
            Instant later = times.daytimeAfter(random, at, 2, 6);
            if (later != null) {
                out.add(message(unit, tenantId, later, followUp), followUp.troubleshooting());
            }
        }
    }

    private TenantMessage message(UnitView unit, String tenantId, Instant at, Composed composed) {
        return new TenantMessage(at, property.id(), unit.id(), tenantId, composed.text(), composed.truth());
    }

    /** A tenant's language is theirs for the whole month. */
    private String language(String tenantId) {
        double share = property.timezone().startsWith("Europe/") ? SPANISH_UK : SPANISH_US;
        return Draws.chance(Draws.random(seed, "language", tenantId), share) ? "es" : "en";
    }

    private void incidents(Collected out, double scale) {
        int count = Draws.poisson(random, (0.5 + units.size() / 40.0) * scale);
        for (int i = 0; i < count; i++) {
            IncidentKind kind = IncidentKind.draw(random, season);
            UnitView unit = kind.inUnit() && !units.isEmpty() ? Draws.pick(random, units) : null;
            String tenantId = unit == null || unit.tenantIds().isEmpty() ? null : unit.tenantIds().get(0);
            out.add(new Incident(times.anytime(random), property.id(), unit == null ? null : unit.id(), tenantId,
                    kind.category(), kind.priority(), kind.truth()));
        }
    }

    /**
     * As the sandbox seeds them (ids {@code pm-<property>-01} …), the first schedule is overdue (due at the first morning run) and the
     * second due within the week; any other falls due in the window with a chance of days/60.
     */
    private void pmTasks(Collected out) {
        for (int i = 0; i < pmScheduleIds.size(); i++) {
            OptionalInt day = dueDay(i);
            if (day.isEmpty()) {
                continue;
            }
            // the first run inside the window: on day 0 it may already have passed (London at 06:00Z)
            Instant at = times.on(day.getAsInt(), PM_RUN);
            if (at == null) {
                at = times.on(day.getAsInt() + 1, PM_RUN);
            }
            if (at != null) {
                out.add(new PmTaskDue(at, property.id(), pmScheduleIds.get(i)));
            }
        }
    }

    private OptionalInt dueDay(int index) {
        if (index == 0) {
            return OptionalInt.of(0);
        }
        if (index == 1) {
            return OptionalInt.of(random.nextInt(Math.min(7, days)));
        }
        return Draws.chance(random, Math.min(1.0, days / 60.0)) ? OptionalInt.of(random.nextInt(days))
                : OptionalInt.empty();
    }
}
