package dev.opscore.jobs.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Deterministic keys: the event's dedupe key, the run's (seed 4.2:
 * {@code hash(triggerType + triggerRef + propertyId + dateBucket)}), and the ids derived from them,
 * so that every path that meets the same trigger lands on the same row and the same queued job.
 */
public final class DedupeKeys {

    private DedupeKeys() {
    }

    public static String event(EventType type, String ref, String propertyId) {
        return sha256("event", type.name(), ref, nullToEmpty(propertyId));
    }

    /** The date bucket is the UTC day the trigger happened on. */
    public static String run(TriggerType triggerType, String triggerRef, String propertyId, Instant occurredAt) {
        LocalDate dateBucket = LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
        return sha256("run", triggerType.code(), triggerRef, nullToEmpty(propertyId), dateBucket.toString());
    }

    public static UUID runId(String runDedupeKey) {
        return UUID.nameUUIDFromBytes(("agent_run:" + runDedupeKey).getBytes(StandardCharsets.UTF_8));
    }

    /** JobRunr ignores an enqueue whose job id exists, so duplicates of one event cost nothing. */
    public static UUID jobId(String eventDedupeKey) {
        return UUID.nameUUIDFromBytes(("process-event:" + eventDedupeKey).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f); // unit separator: ("ab","c") and ("a","bc") differ
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
