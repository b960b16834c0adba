package dev.opscore.ops.simulator.metrics;

import dev.opscore.ops.simulator.driver.ManagerTouch;
import dev.opscore.ops.simulator.driver.MonthLedger;
import dev.opscore.ops.simulator.driver.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The figures of one simulated month, computed from the driver's ledger (what was handed over, with
 * its ground truth, and what the manager and tenants answered) and the month's records (what OpsCore
 * and the PMS hold). Definitions are in the report; every one reads virtual time only.
 */
public record MonthFigures(
        long events, long tasks, long nonMaintenanceMessages, Ratio routineCompletedWithoutManager,
        long managerTouches, Double managerTouchesPer100Tasks, EscalationScore escalation, List<Missed> missed,
        Map<String, Long> falseAlarmsByCategory, List<CallRecord> outsidePolicy, SideEffectAudit sideEffects,
        Map<String, Ratio> slaByPriority, Ratio sla, Percentiles timeToAcknowledge, Percentiles timeToDispatch,
        BigDecimal costPerResolvedWorkOrder, long resolvedWithCost, Ratio repeatIssues, BigDecimal spendAutoApproved,
        long exceptions, Map<String, Long> exceptionsByCategory, long escalatedTasks, Map<String, Long> shortfalls,
        Map<String, long[]> outcomesByCategory, Lost lost, Troubleshooting troubleshooting, JsonNode kpis,
        Map<String, Long> noVendorCauses, List<TaskOutcome> outcomes) {

    /** A must-escalate event OpsCore did not escalate. */
    public record Missed(int index, String kind, String excerpt, String truth, String decided) {
    }

    /**
     * Nothing lost: events whose hand-over failed, runs still queued or running at the end (or that never
     * settled), webhooks the intake refused; and the task runs merely still open (waiting or escalated).
     */
    public record Lost(long handOversFailed, long runsUnfinished, long webhooksRefused, long stuckRuns, long openAtEnd) {

        public long total() {
            return handOversFailed + runsUnfinished + webhooksRefused + stuckRuns;
        }
    }

    /** Troubleshooting: steps sent, tenants' answers, and problems the tenant fixed. */
    public record Troubleshooting(long answers, long answeredFixed, long resolvedByTenant) {
    }

    public static MonthFigures compute(MonthLedger ledger, MonthRecords records, Set<String> writeTools) {
        Map<UUID, RunRecord> runs = records.runs().stream().collect(Collectors.toMap(RunRecord::id, Function.identity()));
        Map<UUID, List<ExceptionRecord>> exceptionsByRun = records.exceptions().stream().filter(e -> e.runId() != null)
                .collect(Collectors.groupingBy(ExceptionRecord::runId));
        Map<UUID, List<ManagerTouch>> touchesByRun = ledger.touches().stream().filter(t -> t.runId() != null)
                .collect(Collectors.groupingBy(ManagerTouch::runId));
        List<TaskOutcome> outcomes = ledger.tasks().stream().map(task -> new TaskOutcome(task,
                task.runId() == null ? null : runs.get(task.runId()),
                exceptionsByRun.getOrDefault(task.runId(), List.of()),
                touchesByRun.getOrDefault(task.runId(), List.of()))).toList();
        List<TaskOutcome> work = outcomes.stream().filter(o -> o.task().work()).toList();
        List<TaskOutcome> routine = work.stream().filter(o -> o.task().routine()).toList();

        Ratio completed = new Ratio(routine.stream().filter(TaskOutcome::completedWithoutManager).count(), routine.size());
        EscalationScore escalation = EscalationScore.empty();
        for (TaskOutcome o : outcomes) {
            escalation = escalation.add(o.escalated(), o.task().mustEscalate());
        }
        List<Missed> missed = outcomes.stream().filter(o -> o.task().mustEscalate() && !o.escalated())
                .map(MonthFigures::missed).toList();
        Map<String, Long> falseAlarms = new TreeMap<>(outcomes.stream()
                .filter(o -> o.escalated() && !o.task().mustEscalate())
                .collect(Collectors.groupingBy(o -> o.exceptions().get(0).category(), Collectors.counting())));

        Map<String, Ratio> slaByPriority = new LinkedHashMap<>();
        Ratio sla = new Ratio(0, 0);
        for (String priority : List.of("EMERGENCY", "URGENT", "ROUTINE")) {
            Ratio r = new Ratio(0, 0);
            for (TaskOutcome o : work) {
                Boolean met = o.run() == null || o.run().outcome() == null ? null : o.run().outcome().slaMet();
                r = r.plus(priority.equals(o.task().priority()) && met != null, Boolean.TRUE.equals(met));
            }
            slaByPriority.put(priority, r);
            sla = new Ratio(sla.part() + r.part(), sla.whole() + r.whole());
        }
        List<Duration> ack = new ArrayList<>();
        List<Duration> dispatch = new ArrayList<>();
        for (TaskOutcome o : work) {
            Outcome out = o.run() == null ? null : o.run().outcome();
            if (out != null && out.acknowledgedAt() != null) {
                ack.add(Duration.between(o.task().at(), out.acknowledgedAt()));
            }
            if (out != null && out.dispatchedAt() != null) {
                dispatch.add(Duration.between(o.task().at(), out.dispatchedAt()));
            }
        }
        List<Outcome> resolved = work.stream().filter(TaskOutcome::resolved).map(o -> o.run().outcome()).toList();
        List<BigDecimal> costs = resolved.stream().map(Outcome::cost).filter(Objects::nonNull)
                .filter(c -> c.signum() > 0).toList();
        BigDecimal costPer = costs.isEmpty() ? null : costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(costs.size()), 2, RoundingMode.HALF_UP);
        Ratio repeats = new Ratio(resolved.stream().filter(o -> Boolean.TRUE.equals(o.repeatIssue())).count(),
                resolved.size());
        BigDecimal spend = records.calls().stream().filter(CallRecord::executed).filter(c -> c.amount() != null)
                .filter(c -> "ALLOW".equals(c.policyDecision()) && !c.approvedByManager())
                .map(CallRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Long> byCategory = new TreeMap<>(records.exceptions().stream()
                .collect(Collectors.groupingBy(ExceptionRecord::category, Collectors.counting())));
        Map<String, Long> shortfalls = routine.stream().map(TaskOutcome::shortfall).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        shortfalls = shortfalls.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));

        long unfinished = outcomes.stream().filter(o -> o.run() != null)
                .filter(o -> Set.of("QUEUED", "RUNNING").contains(o.run().status())).count();
        long openAtEnd = work.stream().filter(o -> o.run() != null)
                .filter(o -> Set.of("WAITING", "ESCALATED").contains(o.run().status())).count();
        Lost lost = new Lost(ledger.handOversRefused() + outcomes.stream().filter(o -> o.task().runId() == null).count(),
                unfinished, ledger.webhooksRefused(), ledger.stuckRuns().size(), openAtEnd);
        Troubleshooting troubleshooting = new Troubleshooting(ledger.replies().size(),
                ledger.replies().stream().filter(r -> r.fixed()).count(),
                work.stream().filter(o -> o.run() != null && o.run().summary() != null
                        && o.run().summary().startsWith("Resolved by the tenant")).count());
        long tasks = work.size();
        return new MonthFigures(outcomes.size(), tasks, outcomes.size() - tasks, completed, ledger.touches().size(),
                tasks == 0 ? null : 100.0 * ledger.touches().size() / tasks, escalation, missed, falseAlarms,
                PolicyAudit.outsidePolicy(records.calls(), writeTools),
                SideEffectAudit.of(records.calls(), writeTools, records.pms()), slaByPriority, sla,
                Percentiles.of(ack), Percentiles.of(dispatch), costPer, costs.size(), repeats, spend,
                records.exceptions().size(), byCategory, outcomes.stream().filter(TaskOutcome::escalated).count(),
                shortfalls, outcomesByCategory(work), lost, troubleshooting, records.kpis(), records.noVendorCauses(),
                outcomes);
    }

    /** Per category (ground truth, or OpsCore's for PM tasks): completed without a manager, with one, not completed. */
    private static Map<String, long[]> outcomesByCategory(List<TaskOutcome> work) {
        Map<String, long[]> byCategory = new TreeMap<>();
        for (TaskOutcome o : work) {
            String category = o.task().category() != null ? o.task().category()
                    : o.run() != null && o.run().triage() != null && o.run().triage().category() != null
                    ? o.run().triage().category() : "UNKNOWN";
            long[] counts = byCategory.computeIfAbsent(category, c -> new long[3]);
            counts[o.completedWithoutManager() ? 0 : o.resolved() ? 1 : 2]++;
        }
        return byCategory;
    }

    private static Missed missed(TaskOutcome o) {
        Task t = o.task();
        String truth = t.truth().intent() + (t.category() == null ? "" : " " + t.category())
                + (t.priority() == null ? "" : " " + t.priority()) + (t.truth().flags().isEmpty() ? "" : " " + t.truth().flags());
        String decided = o.run() == null ? "no run"
                : (o.run().triage() == null ? "no triage" : "triage " + o.run().triage()) + "; run " + o.run().status()
                + (o.run().summary() == null ? "" : ": " + Excerpt.of(o.run().summary()));
        return new Missed(t.index(), t.kind().name().toLowerCase(), Excerpt.of(t.text()), truth, decided);
    }

    /** The routine tasks' outcomes sorted by event, for listings. */
    public List<TaskOutcome> routineNotCompleted() {
        return outcomes.stream().filter(o -> o.task().work() && o.task().routine() && !o.completedWithoutManager())
                .sorted(Comparator.comparingInt(o -> o.task().index())).toList();
    }
}
