package dev.opscore.app.triage;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.opscore.tools.pms.message.MessageThread;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The body of {@code POST /api/agent/triage} ({@code triage.md}). An unknown channel or a
 * {@code receivedAt} without an offset fails to bind and is a 400 naming the field.
 */
record TriageRequest(@NotBlank @Size(max = TriageRequest.MAX_TEXT, message = "must be at most 20,000 characters")
                     String text,
                     MessageThread.Channel channel,
                     // keep the sender's offset: the season is read in local time, not in UTC
                     @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime receivedAt,
                     @Size(max = 100) String propertyId) {

    static final int MAX_TEXT = 20_000;
}
