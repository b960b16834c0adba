package dev.opscore.ops.simulator.report;

import dev.opscore.ops.simulator.driver.Task;
import dev.opscore.ops.simulator.metrics.ExceptionRecord;
import dev.opscore.ops.simulator.metrics.Excerpt;
import dev.opscore.ops.simulator.metrics.MonthFigures;
import dev.opscore.ops.simulator.metrics.Outcome;
import dev.opscore.ops.simulator.metrics.TaskOutcome;
import java.util.List;
import java.util.stream.Collectors;

/** Every event of a month, one row each: what it was, what OpsCore did, and the verdict ({@code tasks.md}). */
final class TaskListing {

    private TaskListing() {
    }

    static String markdown(String title, MonthFigures figures) {
        StringBuilder md = new StringBuilder("# " + title + ": every event\n\n");
        md.append("Ground truth from the scenario; OpsCore's triage, run status and outcome at the end of the month;")
                .append(" exceptions its run opened; the manager's answers. `✓` = completed without a manager.\n\n");
        md.append("| # | at (UTC) | kind | property | text (redacted) | ground truth | OpsCore's triage | run | exceptions")
                .append(" | manager | ✓ | why not |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (TaskOutcome o : figures.outcomes()) {
            Task t = o.task();
            md.append("| ").append(t.index()).append(" | ").append(t.at()).append(" | ").append(kind(t)).append(" | ")
                    .append(t.propertyId()).append(" | ").append(cell(Excerpt.of(t.text()))).append(" | ")
                    .append(truth(t)).append(" | ")
                    .append(o.run() == null || o.run().triage() == null ? "" : cell(o.run().triage().toString()))
                    .append(" | ").append(run(o)).append(" | ").append(exceptions(o.exceptions())).append(" | ")
                    .append(o.touches().stream().map(m -> m.action()).collect(Collectors.joining(", "))).append(" | ")
                    .append(o.completedWithoutManager() ? "✓" : "").append(" | ")
                    .append(t.work() && t.routine() && o.shortfall() != null ? cell(o.shortfall()) : "").append(" |\n");
        }
        return md.toString();
    }

    /** One line per event, for the month's fingerprint. */
    static List<String> fingerprint(MonthFigures figures) {
        return figures.outcomes().stream().map(o -> o.task().index() + " " + kind(o.task()) + " " + run(o) + " "
                + exceptions(o.exceptions()) + " " + o.touches().size() + " " + o.completedWithoutManager()).toList();
    }

    private static String kind(Task t) {
        return t.kind() == Task.Kind.MESSAGE && !t.work() ? "message (other)" : t.kind().name().toLowerCase();
    }

    private static String truth(Task t) {
        if (t.truth() == null) {
            return "PM task, routine";
        }
        return t.truth().intent() + (t.category() == null ? "" : " " + t.category())
                + (t.priority() == null ? "" : " " + t.priority()) + (t.truth().flags().isEmpty() ? "" : " " + t.truth().flags())
                + (t.truth().mustEscalate() ? ", must escalate" : "") + (t.truth().routine() ? ", routine" : "");
    }

    private static String run(TaskOutcome o) {
        if (o.run() == null) {
            return "no run";
        }
        Outcome out = o.run().outcome();
        String verdict = out == null ? "" : Boolean.TRUE.equals(out.resolved()) ? " resolved" : " unresolved";
        String sla = out == null || out.slaMet() == null ? "" : out.slaMet() ? " SLA met" : " SLA missed";
        String cost = out == null || out.cost() == null || out.cost().signum() == 0 ? "" : " " + out.cost().toPlainString();
        return o.run().status() + verdict + sla + cost;
    }

    private static String exceptions(List<ExceptionRecord> exceptions) {
        return exceptions.stream().map(e -> e.category() + "/" + e.severity()).collect(Collectors.joining(", "));
    }

    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
