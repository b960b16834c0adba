package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.webhook.Webhook;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Something that will happen at {@code at} unless the world moves on first. {@code key} identifies
 * it (and breaks ties); {@code action} makes the change inside the world's transaction and returns
 * the webhooks to send, none when the order had moved on.
 */
record Happening(Instant at, String key, Supplier<List<Webhook>> action) {

    static final Comparator<Happening> ORDER = Comparator.comparing(Happening::at).thenComparing(Happening::key);
}
