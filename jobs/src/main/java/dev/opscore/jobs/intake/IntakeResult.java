package dev.opscore.jobs.intake;

import java.util.UUID;

/** The intake's answer: a new event was stored, or one with the same dedupe key already was. */
public sealed interface IntakeResult {

    UUID eventId();

    /** The run this event leads to; its id is derived from the run's dedupe key, so it is known at once. */
    UUID runId();

    record Accepted(UUID eventId, UUID runId) implements IntakeResult { }

    record Duplicate(UUID eventId, UUID runId) implements IntakeResult { }
}
