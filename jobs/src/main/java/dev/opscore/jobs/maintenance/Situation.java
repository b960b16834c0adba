package dev.opscore.jobs.maintenance;

import static dev.opscore.jobs.maintenance.MaintenanceWorkflow.*;

import dev.opscore.db.run.SignalRow;
import dev.opscore.db.run.StepRow;
import dev.opscore.jobs.runtime.RunView;
import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one planning pass of {@link MaintenanceWorkflow} knows: the run's history, its context
 * bundle and triage, and the facts read from them (the work order, the thread, who was dispatched,
 * what arrived since), plus the policy actions the planner asks the gate about.
 */
final class Situation {

    final RunView view;
    final Map<String, Object> context;
    final Map<String, Object> triage;
    final Category category;
    final Priority priority;
    final List<String> flags;

    Situation(RunView view, Map<String, Object> context, Map<String, Object> triage, Category category,
              Priority priority, List<String> flags) {
        this.view = view;
        this.context = context;
        this.triage = triage;
        this.category = category;
        this.priority = priority;
        this.flags = flags;
    }

    boolean repeatIssue() {
        Instant since = view.now().minus(Duration.ofDays(30));
        return Facts.list(context, "workOrders").stream()
                .filter(o -> category.name().equals(o.get("category")))
                .filter(o -> "CLOSED".equals(o.get("status")) || "COMPLETED".equals(o.get("status")))
                .map(o -> Facts.instant(o, "completedAt")).anyMatch(at -> at != null && at.isAfter(since));
    }

    // ---- rejection -------------------------------------------------------------------------

    Map<String, Object> action(String type) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", type);
        action.put("category", category.name());
        action.put("priority", priority.name());
        return action;
    }

    Map<String, Object> spendAction(String type, BigDecimal amount) {
        Map<String, Object> action = action(type);
        action.put("amount", amount);
        return action;
    }

    Map<String, Object> tenantAction(String intent) {
        Map<String, Object> action = action("MESSAGE_SEND");
        action.put("recipient", "TENANT");
        action.put("intent", intent);
        action.put("riskFlags", flags);
        return action;
    }

    Map<String, Object> staffAction() {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "NOTIFICATION_SEND");
        action.put("recipient", "STAFF");
        return action;
    }

    String firstDone(String... names) {
        return view.steps().stream().filter(s -> "DONE".equals(s.status()))
                .filter(s -> List.of(names).contains(s.name())).findFirst()
                .map(s -> s.completedAt().toString()).orElse(null);
    }

    String workOrderId() {
        return view.output(CREATE).map(o -> Facts.text(o, "id"))
                .orElseGet(() -> view.done(NOTE_DUPLICATE) ? duplicate().map(d -> Facts.text(d, "id")).orElse(null) : null);
    }

    Instant createdAt() {
        return view.output(CREATE).map(o -> Facts.instant(o, "createdAt"))
                .orElseGet(() -> duplicate().map(d -> Facts.instant(d, "createdAt")).orElse(view.run().createdAt()));
    }

    /** An open order for the same unit and category created in the last 7 days is updated, not duplicated. */
    Optional<Map<String, Object>> duplicate() {
        if (unitId() == null) {
            return Optional.empty();
        }
        Instant since = view.run().createdAt().minus(Duration.ofDays(7));
        return Facts.list(context, "workOrders").stream()
                .filter(o -> category.name().equals(o.get("category")))
                .filter(o -> WorkOrderStatus.valueOf(Facts.text(o, "status")).open())
                .filter(o -> !Facts.instant(o, "createdAt").isBefore(since))
                .max(Comparator.comparing(o -> Facts.text(o, "createdAt")));
    }

    String unitId() {
        return Facts.text(context, "unitId");
    }

    String tenantId() {
        return Facts.text(context, "tenantId");
    }

    String threadId() {
        String known = Facts.text(context, "threadId");
        return known != null ? known : view.output(OPEN_THREAD).map(o -> Facts.text(o, "id")).orElse(null);
    }

    List<String> keys(String workOrderId) {
        List<String> keys = new ArrayList<>();
        keys.add("wo:" + workOrderId);
        if (threadId() != null) {
            keys.add("thread:" + threadId());
        }
        return keys;
    }

    List<SignalRow> signalsAfter(StepRow step) {
        int seen = step.input() instanceof Map<?, ?> in && in.get("_signalsSeen") instanceof Number n ? n.intValue() : 0;
        return view.events().stream().filter(s -> s.seq() >= seen).toList();
    }

    Optional<SignalRow> lastDecision() {
        return view.signals().stream().filter(s -> "DECISION".equals(s.kind())).reduce((a, b) -> b);
    }

    @SuppressWarnings("unchecked")
    String vendorOf(StepRow step) {
        if (step.input() instanceof Map<?, ?> in && in.get("assignment") instanceof Map<?, ?> a) {
            return (String) ((Map<String, Object>) a).get("vendorId");
        }
        if (step.output() instanceof Map<?, ?> out && out.get("vendorId") != null) {
            return (String) out.get("vendorId");
        }
        return null;
    }
}
