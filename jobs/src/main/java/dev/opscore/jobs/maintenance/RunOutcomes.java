package dev.opscore.jobs.maintenance;

import static dev.opscore.jobs.maintenance.MaintenanceWorkflow.*;

import dev.opscore.jobs.runtime.RunView;
import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome a maintenance run records when it ends, in the shape the KPIs read ({@code db/README.md}). */
final class RunOutcomes {

    private final Situation sit;
    private final RunView view;
    private final Map<String, Object> triage;
    private final Category category;
    private final Priority priority;
    private final List<String> flags;

    RunOutcomes(Situation sit) {
        this.sit = sit;
        this.view = sit.view;
        this.triage = sit.triage;
        this.category = sit.category;
        this.priority = sit.priority;
        this.flags = sit.flags;
    }

    Map<String, Object> outcome(String workOrderId, boolean resolved, BigDecimal cost, Instant completedAt) {
        long touches = view.signals().stream().filter(s -> "DECISION".equals(s.kind())).count();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("workflow", NAME);
        o.put("workOrderId", workOrderId);
        o.put("category", category.name());
        o.put("priority", priority.name());
        o.put("resolved", resolved);
        o.put("autonomous", touches == 0);
        o.put("managerTouches", touches);
        o.put("slaMet", slaMet(resolved, completedAt));
        o.put("cost", resolved ? cost : null);
        o.put("repeatIssue", sit.repeatIssue());
        o.put("acknowledgedAt", sit.firstDone(ACK, SAFETY_NOTICE, TROUBLESHOOT));
        o.put("dispatchedAt", view.stepsNamed(DISPATCH).stream().filter(s -> "DONE".equals(s.status()))
                .findFirst().map(s -> s.completedAt().toString()).orElse(null));
        o.put("completedAt", completedAt == null ? null : completedAt.toString());
        return o;
    }

    /** Completed by the priority's target; null when the order was not resolved by a vendor's work. */
    Boolean slaMet(boolean resolved, Instant completedAt) {
        if (!resolved || completedAt == null) {
            return null;
        }
        return !completedAt.isAfter(sit.createdAt().plus(ServiceTargets.completionTarget(priority)));
    }

}
