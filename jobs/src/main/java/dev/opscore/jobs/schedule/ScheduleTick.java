package dev.opscore.jobs.schedule;

import dev.opscore.jobs.intake.EventIntake;
import dev.opscore.jobs.intake.EventType;
import dev.opscore.jobs.intake.IntakeResult;
import dev.opscore.jobs.intake.NewEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A scheduler tick becomes a trigger through the same intake as any event; one tick per schedule
 * and day counts (its ref carries the day), however many times cron or JobRunr fires it.
 */
@Service
public class ScheduleTick {

    public static final String DAILY = "daily";

    private final EventIntake intake;
    private final Clock clock;

    public ScheduleTick(EventIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    public IntakeResult tick(String schedule, Instant at, String actor) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return intake.accept(new NewEvent(EventType.SCHEDULE_TICK, schedule + ":" + day, null, at,
                Map.of("schedule", schedule, "day", day.toString())), actor);
    }

    /** The daily compliance and PM scans start from here; an external cron may call the API instead. */
    public void daily() {
        tick(DAILY, clock.instant(), "scheduler");
    }
}
