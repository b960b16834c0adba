package dev.opscore.jobs.intake;

import dev.opscore.db.event.EventRows;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues accepted events that were never handed to the queue: the intake's process died between
 * its commit and the hand-over, or the queue was unreachable. Any process may run it; the job id
 * derived from the dedupe key makes a double hand-over harmless.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final EventRows events;
    private final EventDispatcher dispatcher;
    private final IntakeProperties properties;
    private final Clock clock;

    OutboxRelay(EventRows events, EventDispatcher dispatcher, IntakeProperties properties, Clock clock) {
        this.events = events;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${opscore.intake.relay-interval:1s}", initialDelayString = "${opscore.intake.relay-interval:1s}")
    void relay() {
        var stranded = events.unqueued(clock.instant().minus(properties.relayGrace()), properties.relayBatch());
        for (UUID eventId : stranded) {
            events.byId(eventId).ifPresent(event -> dispatcher.enqueue(event.id(), event.dedupeKey()));
        }
        if (!stranded.isEmpty()) {
            log.info("Outbox relay queued {} stranded event(s)", stranded.size());
        }
    }
}
