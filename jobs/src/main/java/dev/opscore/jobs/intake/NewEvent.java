package dev.opscore.jobs.intake;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A trigger as a publisher hands it to the intake, already validated by the caller. */
public record NewEvent(EventType type, String ref, String propertyId, Instant occurredAt, Map<String, Object> payload) {

    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(occurredAt, "occurredAt");
        payload = payload == null ? Map.of() : payload;
    }
}
