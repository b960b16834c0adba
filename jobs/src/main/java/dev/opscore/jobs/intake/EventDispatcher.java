package dev.opscore.jobs.intake;

import dev.opscore.db.event.EventRows;
import dev.opscore.jobs.runtime.RunLauncher;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Hands a committed event to the queue (JobRunr, with a job id derived from the event's dedupe key,
 * so a second hand-over is ignored) and, where this process has workers, straight to one of them:
 * JobRunr polls at best every 5 s, the fast path starts the run at once. The run's claim makes the
 * two paths safe together.
 */
@Component
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final JobRequestScheduler queue;
    private final EventRows events;
    private final RunLauncher launcher;
    private final Executor fastPath;
    private final Clock clock;

    public EventDispatcher(JobRequestScheduler queue, EventRows events, RunLauncher launcher,
                           @Qualifier("eventFastPath") Executor fastPath, Clock clock) {
        this.queue = queue;
        this.events = events;
        this.launcher = launcher;
        this.fastPath = fastPath;
        this.clock = clock;
    }

    /** Queues the event durably; call only after the event row is committed. */
    public void enqueue(UUID eventId, String dedupeKey) {
        queue.enqueue(DedupeKeys.jobId(dedupeKey), new ProcessEvent(eventId));
        events.markEnqueued(eventId, clock.instant());
    }

    /** Queues the event and starts it in-process when possible; failures leave it to the relay and the queue. */
    public void dispatch(UUID eventId, String dedupeKey) {
        try {
            enqueue(eventId, dedupeKey);
        } catch (RuntimeException e) {
            log.warn("Event {} not queued yet; the outbox relay will queue it", eventId, e);
        }
        try {
            fastPath.execute(() -> runNow(eventId));
        } catch (RejectedExecutionException e) {
            log.debug("Fast path full; event {} waits for the queue", eventId);
        }
    }

    private void runNow(UUID eventId) {
        try {
            launcher.process(eventId);
        } catch (RuntimeException e) {
            log.warn("Fast path for event {} failed; the queued job will retry it", eventId, e);
        }
    }
}
