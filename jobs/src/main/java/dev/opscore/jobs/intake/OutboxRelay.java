package dev.opscore.jobs.intake;

import dev.opscore.db.event.EventRows;
import dev.opscore.jobs.runtime.WallClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues accepted events that were never handed to the queue: the intake's process died between
 * its commit and the hand-over, or the queue was unreachable. Any process may run it; the job id
 * derived from the dedupe key makes a double hand-over harmless.
 *
 * <p>"Stranded" is judged on wall time, from when this process first saw the event unqueued: the
 * events' own times are business time, which stands still on a virtual clock (the sandbox, the
 * simulator) and differs between processes.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final EventRows events;
    private final EventDispatcher dispatcher;
    private final IntakeProperties properties;
    private final WallClock wall;
    private final Map<UUID, Instant> firstSeen = new HashMap<>();

    OutboxRelay(EventRows events, EventDispatcher dispatcher, IntakeProperties properties, WallClock wall) {
        this.events = events;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.wall = wall;
    }

    @Scheduled(fixedDelayString = "${opscore.intake.relay-interval:1s}", initialDelayString = "${opscore.intake.relay-interval:1s}")
    synchronized void relay() {
        Instant now = wall.clock().instant();
        List<UUID> unqueued = events.unqueued(properties.relayBatch());
        firstSeen.keySet().retainAll(unqueued);
        List<UUID> stranded = new ArrayList<>();
        for (UUID eventId : unqueued) {
            Instant seen = firstSeen.computeIfAbsent(eventId, id -> now);
            if (!seen.plus(properties.relayGrace()).isAfter(now)) {
                stranded.add(eventId);
            }
        }
        for (UUID eventId : stranded) {
            events.byId(eventId).ifPresent(event -> dispatcher.enqueue(event.id(), event.dedupeKey()));
            firstSeen.remove(eventId);
        }
        if (!stranded.isEmpty()) {
            log.info("Outbox relay queued {} stranded event(s)", stranded.size());
        }
    }
}
