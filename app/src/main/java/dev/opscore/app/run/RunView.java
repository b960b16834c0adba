package dev.opscore.app.run;

import dev.opscore.db.run.RunRow;
import java.time.Instant;
import java.util.UUID;

/** A run as the API shows it in lists. */
record RunView(UUID id, String triggerType, String triggerRef, String propertyId, String workflow, String status,
               UUID eventId, String worker, Instant createdAt, Instant startedAt, Instant completedAt,
               String summary, String error) {

    static RunView of(RunRow run) {
        return new RunView(run.id(), run.triggerType(), run.triggerRef(), run.propertyId(), run.workflow(),
                run.status(), run.eventId(), run.worker(), run.createdAt(), run.startedAt(), run.completedAt(),
                run.summary(), run.error());
    }
}
