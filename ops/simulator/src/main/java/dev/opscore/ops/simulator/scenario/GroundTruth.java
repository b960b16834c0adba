package dev.opscore.ops.simulator.scenario;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a generated message or incident really is, labelled by the triage contract
 * ({@code shared/spec/triage.md}); the constructor refuses a label the contract does not allow.
 *
 * @param intent       the primary intent: the one that needs action first (safety beats everything,
 *                     a new repair beats the rest)
 * @param category     the primary problem's category; null unless the intent is MAINTENANCE_INTAKE or
 *                     STATUS_UPDATE
 * @param priority     null unless the intent is MAINTENANCE_INTAKE
 * @param flags        every risk flag any part of the message carries
 * @param mustEscalate exactly: a flag, or EMERGENCY (a human must own it)
 * @param routine      a task OpsCore should complete without a manager under the default policy: a
 *                     MAINTENANCE_INTAKE that is not EMERGENCY, carries no flag, falls in an
 *                     auto-assignable category (PLUMBING, HVAC, ELECTRICAL, GENERAL) and typically costs
 *                     under the 750 auto-approval limit. Never true for other intents (answering them is
 *                     not a task) nor when {@code mustEscalate}.
 * @param language     {@code en} or {@code es}
 */
public record GroundTruth(Intent intent, Category category, Priority priority, Set<RiskFlag> flags,
                          boolean mustEscalate, boolean routine, String language) {

    public GroundTruth {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(flags, "flags");
        // an EnumSet keeps the contract's order, so reports and toString are the same in every JVM
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(RiskFlag.class) : EnumSet.copyOf(flags));
        if (category != null && !hasCategory(intent)) {
            throw new IllegalArgumentException("a category only for MAINTENANCE_INTAKE or STATUS_UPDATE, not " + intent);
        }
        if (category == null && hasCategory(intent)) {
            throw new IllegalArgumentException(intent + " needs a category");
        }
        if ((priority != null) != (intent == Intent.MAINTENANCE_INTAKE)) {
            throw new IllegalArgumentException("a priority exactly for MAINTENANCE_INTAKE, not " + intent);
        }
        if (mustEscalate != escalates(priority, flags)) {
            throw new IllegalArgumentException("mustEscalate is true exactly with a flag or EMERGENCY");
        }
        if (routine && (mustEscalate || intent != Intent.MAINTENANCE_INTAKE)) {
            throw new IllegalArgumentException("routine only for a maintenance intake that needs no human");
        }
    }

    static boolean hasCategory(Intent intent) {
        return intent == Intent.MAINTENANCE_INTAKE || intent == Intent.STATUS_UPDATE;
    }

    static boolean escalates(Priority priority, Set<RiskFlag> flags) {
        return !flags.isEmpty() || priority == Priority.EMERGENCY;
    }
}
