package dev.opscore.ops.simulator.scenario;

import static dev.opscore.policy.Category.ELECTRICAL;
import static dev.opscore.policy.Category.GENERAL;
import static dev.opscore.policy.Category.HVAC;
import static dev.opscore.policy.Category.LOCKS_DOORS;
import static dev.opscore.policy.Category.PLUMBING;
import static dev.opscore.policy.Priority.EMERGENCY;
import static dev.opscore.policy.Priority.ROUTINE;
import static dev.opscore.policy.Priority.URGENT;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the building reports by itself (sensors, the elevator company, the fire panel, the night
 * porter): a few per property and month, at any hour. {@code inUnit}: tied to a unit (and its first
 * tenant) rather than a common area.
 */
enum IncidentKind {
    UNIT_LEAK_SENSOR(PLUMBING, URGENT, Set.of(), true, 400, 3, Season.ANY),
    UNIT_FLOOD_SENSOR(PLUMBING, EMERGENCY, Set.of(), true, 1500, 1, Season.ANY),
    ELEVATOR_OUT(GENERAL, URGENT, Set.of(), false, 1200, 2, Season.ANY),
    ELEVATOR_ENTRAPMENT(GENERAL, EMERGENCY, Set.of(), false, 500, 0.5, Season.ANY),
    FIRE_PANEL_ALARM(ELECTRICAL, EMERGENCY, Set.of(RiskFlag.SAFETY), false, 600, 0.5, Season.ANY),
    BOILER_DOWN(HVAC, EMERGENCY, Set.of(), false, 2500, 1, Season.WINTER),
    COMMON_LIGHTS_OUT(ELECTRICAL, ROUTINE, Set.of(), false, 150, 3, Season.ANY),
    GATE_STUCK_OPEN(LOCKS_DOORS, URGENT, Set.of(), false, 350, 1.5, Season.ANY),
    ROOF_DRAIN_BLOCKED(GENERAL, ROUTINE, Set.of(), false, 300, 1.5, Season.ANY);

    private final Category category;
    private final Priority priority;
    private final Set<RiskFlag> flags;
    private final boolean inUnit;
    private final int typicalCost;
    private final double weight;
    private final Season season;

    IncidentKind(Category category, Priority priority, Set<RiskFlag> flags, boolean inUnit, int typicalCost,
                 double weight, Season season) {
        this.category = category;
        this.priority = priority;
        this.flags = flags;
        this.inUnit = inUnit;
        this.typicalCost = typicalCost;
        this.weight = weight;
        this.season = season;
    }

    static IncidentKind draw(Random random, Season now) {
        return Draws.weighted(random, List.of(values()).stream().filter(k -> now.allows(k.season)).toList(),
                k -> k.weight);
    }

    Category category() {
        return category;
    }

    Priority priority() {
        return priority;
    }

    boolean inUnit() {
        return inUnit;
    }

    GroundTruth truth() {
        boolean escalate = GroundTruth.escalates(priority, flags);
        boolean routine = !escalate && Labels.AUTO_ASSIGNABLE.contains(category)
                && typicalCost < Labels.AUTO_APPROVE_LIMIT;
        return new GroundTruth(Intent.MAINTENANCE_INTAKE, category, priority, flags, escalate, routine, "en");
    }
}
