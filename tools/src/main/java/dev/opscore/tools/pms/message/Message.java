package dev.opscore.tools.pms.message;

import java.time.Instant;

/** One message in a thread. The body is personal data: tools redact it before anything is logged. */
public record Message(String id, String threadId, Direction direction, String author, String body,
                      Instant sentAt) {

    public enum Direction { INBOUND, OUTBOUND }
}
