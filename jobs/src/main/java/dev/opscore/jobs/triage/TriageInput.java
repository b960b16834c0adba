package dev.opscore.jobs.triage;

import dev.opscore.tools.pms.message.MessageThread;
import java.time.OffsetDateTime;

/**
 * One tenant message to classify ({@code triage.md}'s request).
 *
 * @param text the message, 1..20,000 characters (the API validates)
 * @param channel how it arrived, or null
 * @param receivedAt when it arrived, or null
 * @param propertyId the property it concerns, or null
 */
public record TriageInput(String text, MessageThread.Channel channel, OffsetDateTime receivedAt, String propertyId) {

    public static TriageInput of(String text) {
        return new TriageInput(text, null, null, null);
    }
}
