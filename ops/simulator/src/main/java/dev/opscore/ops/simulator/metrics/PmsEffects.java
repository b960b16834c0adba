package dev.opscore.ops.simulator.metrics;

import java.util.Map;
import java.util.Set;

/**
 * What the PMS holds at the end of the month, read from the sandbox's own tables: how many of each
 * effect OpsCore can cause, and every {@code Idempotency-Key} a write was served under (one row per
 * effect: a replayed duplicate adds none).
 *
 * @param counts effect name (see {@link SideEffectAudit#EFFECTS}) to how many the PMS holds
 */
public record PmsEffects(Map<String, Long> counts, Set<String> idempotencyKeys) {

    public PmsEffects {
        counts = Map.copyOf(counts);
        idempotencyKeys = Set.copyOf(idempotencyKeys);
    }
}
