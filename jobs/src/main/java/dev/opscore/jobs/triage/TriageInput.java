package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.tools.pms.message.MessageThread;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One tenant message to classify ({@code triage.md}'s request).
 *
 * @param text the message, 1..20,000 characters (the API validates)
 * @param channel how it arrived, or null
 * @param receivedAt when it arrived, or null (then the season has no effect)
 * @param propertyId the property it concerns, or null
 * @param context what the caller knows beyond the text, or null
 */
public record TriageInput(String text, MessageThread.Channel channel, OffsetDateTime receivedAt, String propertyId,
                          TriageContext context) {

    public TriageInput(String text, MessageThread.Channel channel, OffsetDateTime receivedAt, String propertyId) {
        this(text, channel, receivedAt, propertyId, null);
    }

    public static TriageInput of(String text) {
        return new TriageInput(text, null, null, null);
    }

    /** The property's zone, or null when unknown. */
    ZoneId propertyZone() {
        return context == null ? null : context.propertyZone();
    }

    /** The category of the unit's most recent open work order, or null. */
    Category openWorkOrderCategory() {
        return context == null ? null : context.openWorkOrderCategory();
    }

    /**
     * What the text alone does not carry: where the property is (its climate, through {@code receivedAt})
     * and what the tenant's thread is about.
     *
     * @param propertyZone the property's IANA zone, or null when unknown
     * @param openWorkOrderCategory the category of the unit's most recent open work order, or null
     */
    public record TriageContext(ZoneId propertyZone, Category openWorkOrderCategory) {

        /** Parses an IANA zone id leniently: a missing or unknown id is no zone. */
        public static ZoneId zoneOrNull(String zoneId) {
            if (zoneId == null || zoneId.isBlank()) {
                return null;
            }
            try {
                return ZoneId.of(zoneId.strip());
            } catch (java.time.DateTimeException unknown) {
                return null;
            }
        }
    }
}
