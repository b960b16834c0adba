package dev.opscore.jobs.exception;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An escalation the runtime raises; {@code requiresBy} is when a decision is due (null: no deadline). */
public record NewException(UUID runId, String propertyId, Severity severity, ExceptionCategory category, String title,
                           ContextPack context, Instant requiresBy) {

    public NewException {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(context, "context");
    }
}
