package dev.opscore.jobs.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.db.event.EventRow;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.StepRow;
import dev.opscore.jobs.runtime.Next;
import dev.opscore.jobs.runtime.RunView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The maintenance planner as a function of a run's history: what it plans next, with no I/O. */
class MaintenancePlanningTest {

    private static final Instant NOW = Instant.parse("2026-01-05T15:00:00Z");
    private final MaintenanceWorkflow planner = new MaintenanceWorkflow(null, null, null);

    @Test
    void anOpenOrderForTheSameUnitAndCategoryInTheLastSevenDaysIsUpdatedNotDuplicated() {
        var context = context(List.of(order("wo-7", "PLUMBING", "TRIAGED", NOW.minusSeconds(3 * 86_400))), vendors(), 750);
        Next next = planner.next(view(context, triage("PLUMBING", "ROUTINE")));
        assertThat(next).isInstanceOf(Next.Call.class);
        assertThat(((Next.Call) next).name()).isEqualTo("update-work-order");
    }

    @Test
    void anOlderOrOtherCategoryOrderDoesNotStopANewOne() {
        var context = context(List.of(order("wo-7", "PLUMBING", "TRIAGED", NOW.minusSeconds(8 * 86_400)),
                order("wo-8", "HVAC", "TRIAGED", NOW.minusSeconds(86_400))), vendors(), 750);
        Next next = planner.next(view(context, triage("PLUMBING", "ROUTINE")));
        assertThat(((Next.Call) next).name()).isEqualTo("create-work-order");
        assertThat(((Next.Call) next).policyAction()).containsEntry("type", "WORK_ORDER_CREATE");
    }

    @Test
    void aJobOverTheAutoApproveLimitGoesToBidsFromTheBestCoveringVendors() {
        var context = context(List.of(), vendors(), 100);
        var steps = stepsAfterCreate();
        Next next = planner.next(view(context, triage("PLUMBING", "ROUTINE"), steps));
        assertThat(((Next.Call) next).name()).startsWith("request-bid-");
        assertThat(((Next.Call) next).policyAction()).containsEntry("type", "BID_REQUEST");
    }

    @Test
    void underTheLimitTheBestScoredVendorWithCapacityIsDispatched() {
        var context = context(List.of(), vendors(), 750);
        Next next = planner.next(view(context, triage("PLUMBING", "ROUTINE"), stepsAfterCreate()));
        Next.Call dispatch = (Next.Call) next;
        assertThat(dispatch.name()).isEqualTo("dispatch-1");
        assertThat(dispatch.policyAction()).containsEntry("type", "VENDOR_DISPATCH")
                .containsEntry("amount", new BigDecimal("240.00"));
        // ven-2 is the better on-time plumber; ven-3 is at capacity, ven-4 inactive, ven-5 an electrician
        assertThat(dispatch.input().toString()).contains("ven-2");
    }

    @Test
    void vendorRankingSkipsInactiveFullAndWrongTradeVendors() {
        var ranked = VendorChoice.ranked(context(List.of(), vendors(), 750), dev.opscore.policy.Category.PLUMBING, Set.of());
        assertThat(ranked).containsExactly("ven-2", "ven-1");
    }

    @Test
    void aNonMaintenanceMessageWithoutRiskEndsTheRunWithoutActing() {
        Map<String, Object> triage = triage(null, null);
        triage.put("intent", "BILLING");
        Next next = planner.next(view(context(List.of(), vendors(), 750), triage));
        assertThat(next).isInstanceOf(Next.Finish.class);
    }

    @Test
    void theSamePlanComesFromTheSameHistory() {
        var context = context(List.of(), vendors(), 750);
        assertThat(RunViews.name(planner.next(view(context, triage("HVAC", "URGENT"), stepsAfterCreate()))))
                .isEqualTo(RunViews.name(planner.next(view(context, triage("HVAC", "URGENT"), stepsAfterCreate()))));
    }

    // ---- fixtures ------------------------------------------------------------------------------

    private static Map<String, Object> context(List<Map<String, Object>> orders, List<Map<String, Object>> vendors,
                                               int autoApproveMax) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("property", Map.of("id", "prop-1", "portfolioId", "pf-1", "timezone", "America/New_York",
                "emergencyInstructions", "Call 911"));
        c.put("unitId", "unit-1-02");
        c.put("tenantId", "ten-1-02-1");
        c.put("threadId", null);
        c.put("workOrders", orders);
        c.put("vendors", vendors);
        c.put("vendorScores", Map.of());
        c.put("autoApproveMax", autoApproveMax);
        c.put("maxOpenPerVendor", 25);
        return c;
    }

    private static Map<String, Object> order(String id, String category, String status, Instant createdAt) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("category", category);
        o.put("priority", "ROUTINE");
        o.put("status", status);
        o.put("vendorId", null);
        o.put("createdAt", createdAt.toString());
        o.put("completedAt", null);
        return o;
    }

    private static List<Map<String, Object>> vendors() {
        return List.of(vendor("ven-1", "PLUMBING", true, 0, 5, 0.7), vendor("ven-2", "PLUMBING", true, 1, 5, 0.95),
                vendor("ven-3", "PLUMBING", true, 5, 5, 0.99), vendor("ven-4", "PLUMBING", false, 0, 5, 0.99),
                vendor("ven-5", "ELECTRICAL", true, 0, 5, 0.99));
    }

    private static Map<String, Object> vendor(String id, String trade, boolean active, int open, int max, double onTime) {
        return Map.of("id", id, "trades", List.of(trade), "active", active, "openWorkOrders", open,
                "maxOpenWorkOrders", max, "rating", 4.0, "onTimeRate", onTime);
    }

    private static Map<String, Object> triage(String category, String priority) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("intent", "MAINTENANCE_INTAKE");
        t.put("category", category);
        t.put("priority", priority);
        t.put("riskFlags", List.of());
        t.put("escalate", false);
        t.put("evidence", List.of());
        t.put("troubleshooting", null);
        t.put("largeJob", false);
        return t;
    }

    private static List<StepRow> stepsAfterCreate() {
        return List.of(step(2, "create-work-order", Map.of("id", "wo-9", "createdAt", NOW.toString())),
                step(3, "mark-triaged", Map.of("id", "wo-9")),
                step(4, "open-thread", Map.of("id", "thr-9")));
    }

    private static StepRow step(int order, String name, Map<String, Object> output) {
        return new StepRow(UUID.randomUUID(), RUN, order, name, "DONE", Map.of("_signalsSeen", 0), output, NOW, NOW, null);
    }

    private static final UUID RUN = UUID.randomUUID();

    private static RunView view(Map<String, Object> context, Map<String, Object> triage) {
        return view(context, triage, List.of());
    }

    private static RunView view(Map<String, Object> context, Map<String, Object> triage, List<StepRow> more) {
        EventRow event = new EventRow(UUID.randomUUID(), "event", "INCIDENT", "inc-1", "prop-1", NOW,
                Map.of("unitId", "unit-1-02", "tenantId", "ten-1-02-1"), "k", "rk", "PROCESSED", NOW, NOW, NOW, RUN);
        RunRow run = new RunRow(RUN, "event", "INCIDENT:inc-1", "prop-1", "maintenance", "RUNNING", "rk", event.id(),
                context, "w", NOW, null, null, null, NOW);
        List<StepRow> steps = new ArrayList<>();
        steps.add(step(0, "read-context", context));
        steps.add(step(1, "triage", triage));
        steps.addAll(more);
        return new RunView(run, event, steps, List.of(), NOW);
    }

    /** Names of planned things, for comparing plans. */
    static final class RunViews {
        static String name(Next next) {
            return next instanceof Next.Call c ? c.name() : next.getClass().getSimpleName();
        }
    }
}
