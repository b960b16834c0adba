package dev.opscore.ops.sandbox.webhook;

import java.time.Instant;
import java.util.Map;

/**
 * One happening as OpsCore's intake takes it ({@code POST /api/agent/events}). {@code ref} is unique
 * and deterministic per happening; the payload carries ids and codes only, never personal data.
 */
public record Webhook(WebhookType type, String ref, String propertyId, Instant occurredAt, Map<String, Object> payload) {
}
