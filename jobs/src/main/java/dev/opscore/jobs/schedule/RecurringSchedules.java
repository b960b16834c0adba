package dev.opscore.jobs.schedule;

import java.time.Duration;
import java.time.ZoneOffset;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.StorageException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * Registers the recurring schedules in JobRunr once the application is up. Several processes
 * starting together on a new database race to insert the same recurring job and all but one get a
 * duplicate key; the registration is an upsert, so a retry settles it (JobRunr's {@code @Recurring}
 * would fail the start instead).
 */
@Component
class RecurringSchedules {

    static final String DAILY_TICK = "daily-tick";
    static final String DAILY_CRON = "0 6 * * *";

    private final JobRequestScheduler scheduler;
    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .includes(StorageException.class).maxRetries(4).delay(Duration.ofMillis(200)).multiplier(2)
            .build());

    RecurringSchedules(JobRequestScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() throws RetryException {
        retry.execute(() -> scheduler.scheduleRecurrently(DAILY_TICK, DAILY_CRON, ZoneOffset.UTC, new DailyTick()));
    }
}
