package dev.opscore.ops.sandbox.webhook;

import java.time.Instant;

/** A webhook and how its delivery went. */
public record OutboxRow(long id, Webhook webhook, boolean delivered, int attempts, Integer lastStatus, String lastError,
                        Instant deliveredAt) {
}
