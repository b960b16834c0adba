package dev.opscore.ops.simulator.scenario;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The ground truth of a message from its issues, by {@code triage.md}. */
final class Labels {

    /** The default policy's {@code workOrders.autoAssignAllowedCategories}. */
    static final Set<Category> AUTO_ASSIGNABLE = EnumSet.of(Category.PLUMBING, Category.HVAC, Category.ELECTRICAL,
            Category.GENERAL);
    /** The default policy's {@code spend.autoApproveMax}: a typical cost at or above it needs a manager. */
    static final int AUTO_APPROVE_LIMIT = 750;

    private Labels() {
    }

    static Part primary(List<Part> parts) {
        return parts.stream().min(Comparator.comparingInt(Part::rank)).orElseThrow();
    }

    static GroundTruth truth(List<Part> parts, Set<RiskFlag> extraFlags, String language) {
        Part primary = primary(parts);
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        parts.forEach(p -> flags.addAll(p.flags()));
        flags.addAll(extraFlags);
        Category category = GroundTruth.hasCategory(primary.intent()) ? primary.problem().category() : null;
        Priority priority = primary.priority();
        boolean escalate = GroundTruth.escalates(priority, flags);
        return new GroundTruth(primary.intent(), category, priority, flags, escalate,
                routine(primary, escalate), language);
    }

    /** A maintenance task OpsCore should finish without a manager under the default policy. */
    static boolean routine(Part primary, boolean escalate) {
        return primary.intent() == Intent.MAINTENANCE_INTAKE && !escalate
                && AUTO_ASSIGNABLE.contains(primary.problem().category())
                && primary.problem().typicalCost() < AUTO_APPROVE_LIMIT;
    }
}
