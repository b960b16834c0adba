package dev.opscore.tools.registry;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Name-based UUIDs of (run, step, tool): deterministic, so a retried or replayed step sends the same key. */
final class IdempotencyKeys {

    private static final String NAMESPACE = "opscore:tool-call:";

    private IdempotencyKeys() {
    }

    static String of(UUID runId, int stepOrder, String toolName) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(toolName, "toolName");
        String name = NAMESPACE + runId + ":" + stepOrder + ":" + toolName;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
