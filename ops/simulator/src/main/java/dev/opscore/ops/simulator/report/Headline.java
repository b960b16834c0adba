package dev.opscore.ops.simulator.report;

import dev.opscore.ops.simulator.MonthResult;
import dev.opscore.ops.simulator.Options;
import dev.opscore.ops.simulator.metrics.MonthFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The headline figures of a month, as printed to standard output and at the top of the report:
 * virtual-time figures only (no wall time), so the same seed prints the same lines.
 */
final class Headline {

    /** One headline figure: its value, the issue's target (null: none) and whether it is met. */
    record Figure(String name, String value, String target, Boolean met) {
    }

    private Headline() {
    }

    static String title(Options options, MonthResult result) {
        return "seed " + options.seed() + ", " + result.properties() + " properties (" + result.units() + " units, "
                + result.tenants() + " tenants), " + options.days() + " days from " + options.start() + ", then "
                + options.settle().toDays() + " days to settle";
    }

    static List<Figure> figures(MonthResult result) {
        MonthFigures f = result.figures();
        Double routine = f.routineCompletedWithoutManager().rate();
        Double recall = f.escalation().recall();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("events", f.events() + ": " + f.tasks() + " tasks, " + f.nonMaintenanceMessages()
                + " other messages", null, null));
        figures.add(new Figure("routine tasks completed without a manager", Format.percent(f.routineCompletedWithoutManager()),
                "≥ 85%", routine != null && routine >= 0.85));
        figures.add(new Figure("manager touches per 100 tasks", Format.decimal(f.managerTouchesPer100Tasks(), 1) + " ("
                + f.managerTouches() + ")", null, null));
        figures.add(new Figure("escalation precision / recall", Format.decimal(f.escalation().precision(), 2) + " / "
                + Format.decimal(recall, 2) + " (" + (f.escalation().truePositives() + f.escalation().falseNegatives())
                + " must escalate, " + f.missed().size() + " missed)", "recall 1.00",
                recall == null || recall >= 1.0));
        figures.add(new Figure("actions outside policy", Long.toString(f.outsidePolicy().size()), "0",
                f.outsidePolicy().isEmpty()));
        figures.add(new Figure("duplicate side effects in the PMS", Long.toString(f.sideEffects().duplicates()), "0",
                f.sideEffects().duplicates() == 0));
        figures.add(new Figure("SLA attainment by priority", f.slaByPriority().entrySet().stream()
                .map(e -> e.getKey() + " " + Format.rate(e.getValue())).collect(Collectors.joining(", ")), null, null));
        figures.add(new Figure("time to tenant acknowledgement p50 / p95", Format.duration(f.timeToAcknowledge().p50())
                + " / " + Format.duration(f.timeToAcknowledge().p95()), null, null));
        figures.add(new Figure("time to dispatch p50 / p95", Format.duration(f.timeToDispatch().p50()) + " / "
                + Format.duration(f.timeToDispatch().p95()), null, null));
        figures.add(new Figure("cost per resolved work order", Format.money(f.costPerResolvedWorkOrder()) + " ("
                + f.resolvedWithCost() + " work orders)", null, null));
        figures.add(new Figure("repeat-issue rate", Format.rate(f.repeatIssues()), null, null));
        figures.add(new Figure("lost (hand-overs failed, runs unfinished or stuck, webhooks refused)",
                Long.toString(f.lost().total()), "0", f.lost().total() == 0));
        return figures;
    }

    /** The lines printed for one month. */
    static List<String> lines(String label, MonthResult result) {
        List<String> lines = new ArrayList<>();
        for (Figure figure : figures(result)) {
            lines.add(String.format("%-70s %s%s", label + figure.name(), figure.value(), figure.target() == null ? ""
                    : "   [target " + figure.target() + ": " + (figure.met() ? "met" : "NOT met") + "]"));
        }
        return lines;
    }

    static String markdownTable(MonthResult result) {
        StringBuilder md = new StringBuilder("| figure | value | target |\n|---|---|---|\n");
        for (Figure f : figures(result)) {
            md.append("| ").append(f.name()).append(" | ").append(TaskListing.cell(f.value())).append(" | ")
                    .append(f.target() == null ? "" : f.target() + (f.met() ? " ✅ met" : " ❌ not met")).append(" |\n");
        }
        return md.toString();
    }
}
