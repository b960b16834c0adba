package dev.opscore.db.run;

import java.time.Instant;
import java.util.Map;

/** Something a run received while it waited: an event routed to it, or a manager's decision. */
public record SignalRow(int seq, String kind, String source, Map<String, Object> payload, Instant receivedAt) {
}
