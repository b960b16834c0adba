package dev.opscore.app.intake;

import dev.opscore.jobs.intake.EventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;

/** The body of {@code POST /api/agent/events}. */
record EventRequest(@NotNull EventType type,
                    @NotBlank @Size(max = 200) String ref,
                    @NotBlank @Size(max = 100) String propertyId,
                    @NotNull OffsetDateTime occurredAt,
                    @NotNull Map<String, Object> payload) {
}
