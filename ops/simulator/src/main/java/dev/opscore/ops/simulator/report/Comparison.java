package dev.opscore.ops.simulator.report;

import dev.opscore.ops.simulator.MonthResult;
import dev.opscore.ops.simulator.metrics.MonthFigures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The same month under several policies, side by side. */
final class Comparison {

    private record Column(String name, Function<MonthFigures, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("routine completed without a manager", f -> Format.percent(f.routineCompletedWithoutManager())),
            new Column("manager touches / 100 tasks", f -> Format.decimal(f.managerTouchesPer100Tasks(), 1)),
            new Column("spend auto-approved", f -> Format.money(f.spendAutoApproved())),
            new Column("exceptions", f -> Long.toString(f.exceptions())),
            new Column("FINANCIAL exceptions", f -> Long.toString(f.exceptionsByCategory().getOrDefault("FINANCIAL", 0L))),
            new Column("escalation recall", f -> Format.decimal(f.escalation().recall(), 2)),
            new Column("SLA attainment", f -> Format.rate(f.sla())),
            new Column("ack p50 / p95", f -> Format.duration(f.timeToAcknowledge().p50()) + " / "
                    + Format.duration(f.timeToAcknowledge().p95())),
            new Column("cost / resolved WO", f -> Format.money(f.costPerResolvedWorkOrder())),
            new Column("must-escalate missed (event #)", f -> f.missed().isEmpty() ? "none"
                    : f.missed().stream().map(m -> "#" + m.index()).collect(Collectors.joining(", "))),
            new Column("outside policy", f -> Long.toString(f.outsidePolicy().size())),
            new Column("duplicates", f -> Long.toString(f.sideEffects().duplicates())));

    private Comparison() {
    }

    static List<String> lines(List<MonthResult> months) {
        List<String> lines = new ArrayList<>();
        lines.add("policy comparison (same seed, same month):");
        for (MonthResult m : months) {
            StringBuilder line = new StringBuilder(String.format("  %-30s", m.variant().policy().name()));
            for (Column c : COLUMNS.subList(0, 7)) {
                line.append(" | ").append(c.name()).append(" ").append(c.value().apply(m.figures()));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static String markdown(List<MonthResult> months) {
        StringBuilder md = new StringBuilder("## Policy comparison\n\n");
        md.append("The same seed, portfolio and events under each global policy (stored with `POST /api/agent/policies`")
                .append(" before the month; every other key at its default). Each month on a fresh database and OpsCore.\n\n")
                .append("![policy comparison](policy-comparison.png)\n\n| policy |");
        COLUMNS.forEach(c -> md.append(" ").append(c.name()).append(" |"));
        md.append("\n|---|").append("---|".repeat(COLUMNS.size())).append("\n");
        for (MonthResult m : months) {
            md.append("| ").append(m.variant().policy().name()).append(" |");
            COLUMNS.forEach(c -> md.append(" ").append(c.value().apply(m.figures())).append(" |"));
            md.append("\n");
        }
        md.append("\nEvery month's events, one row each, are in `tasks-<month>.md` (the default's in `tasks.md`).")
                .append(" Spend auto-approved is the not-to-exceed of every dispatch and the amount of every accepted bid that")
                .append(" went through under ALLOW without a manager. Quiet hours move tenant messages (acknowledgements,")
                .append(" troubleshooting steps) sent 21:00–07:00 local to 07:00, never a safety notice.\n\n");
        return md.toString();
    }

    static void charts(Path out, List<MonthResult> months) {
        List<String> names = months.stream().map(m -> m.variant().policy().name()).toList();
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("routine completed without a manager, %", months.stream()
                .map(m -> (Number) percent(m.figures().routineCompletedWithoutManager().rate())).toList());
        series.put("manager touches per 100 tasks", months.stream()
                .map(m -> (Number) (m.figures().managerTouchesPer100Tasks() == null ? 0 : m.figures().managerTouchesPer100Tasks()))
                .toList());
        series.put("SLA attainment, %", months.stream().map(m -> (Number) percent(m.figures().sla().rate())).toList());
        Charts.comparison(out.resolve("policy-comparison.png"), "The same month under each policy", "", names, series);
    }

    private static double percent(Double rate) {
        return rate == null ? 0 : 100 * rate;
    }
}
