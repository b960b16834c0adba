package dev.opscore.ops.simulator.driver;

import dev.opscore.ops.simulator.scenario.GroundTruth;
import dev.opscore.policy.Intent;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One scenario event as it was handed to OpsCore: what it was (with its ground truth; a PM task has
 * none), when, where, and the run OpsCore started for it (null when the hand-over failed).
 *
 * @param index    position in the month's events (tasks and messages alike), 0-based
 * @param text     a tenant's message as sent; null for incidents and PM tasks
 * @param threadId the PMS thread a tenant's message landed in
 * @param pmCategory a PM task's category, as its schedule in the PMS has it
 */
public record Task(int index, Kind kind, Instant at, String propertyId, String unitId, String tenantId, String text,
                   GroundTruth truth, String pmCategory, String threadId, UUID runId) {

    /** The categories the default policy lets OpsCore dispatch on its own, as the ground truth's {@code routine} uses them. */
    static final Set<String> AUTO_ASSIGNABLE = Set.of("PLUMBING", "HVAC", "ELECTRICAL", "GENERAL");

    /** How the event reached OpsCore. */
    public enum Kind { MESSAGE, INCIDENT, PM }

    /** A task is an event that should lead to work: maintenance messages, incidents, PM tasks falling due. */
    public boolean work() {
        return kind != Kind.MESSAGE || truth.intent() == Intent.MAINTENANCE_INTAKE;
    }

    /**
     * Routine by ground truth; a PM task by the same rule as the scenario's {@code routine}: routine when its
     * category is one the default policy auto-assigns.
     */
    public boolean routine() {
        return kind == Kind.PM ? AUTO_ASSIGNABLE.contains(pmCategory) : truth.routine();
    }

    public boolean mustEscalate() {
        return truth != null && truth.mustEscalate();
    }

    /** The ground-truth priority (a PM task is ROUTINE); null for messages that are not maintenance. */
    public String priority() {
        if (kind == Kind.PM) {
            return "ROUTINE";
        }
        return truth.priority() == null ? null : truth.priority().name();
    }

    public String category() {
        if (kind == Kind.PM) {
            return pmCategory;
        }
        return truth.category() == null ? null : truth.category().name();
    }
}
