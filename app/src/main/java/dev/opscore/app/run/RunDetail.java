package dev.opscore.app.run;

import dev.opscore.db.run.ActionRow;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.StepRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code GET /api/agent/runs/{id}}: the run, its steps, its action log and one timeline of all three. */
record RunDetail(RunView run, Map<String, Object> context, List<StepRow> steps, List<ActionRow> actions,
                 List<TimelineEntry> timeline) {

    record TimelineEntry(Instant at, String kind, String what) {
    }

    static RunDetail of(RunRow run, List<StepRow> steps, List<ActionRow> actions) {
        List<TimelineEntry> timeline = new ArrayList<>();
        add(timeline, run.createdAt(), "RUN", "queued for " + run.triggerType() + " " + run.triggerRef());
        add(timeline, run.startedAt(), "RUN", "started by " + run.worker());
        for (StepRow step : steps) {
            add(timeline, step.startedAt(), "STEP", "#" + step.stepOrder() + " " + step.name() + " started");
            add(timeline, step.completedAt(), "STEP", "#" + step.stepOrder() + " " + step.name() + " " + step.status());
        }
        for (ActionRow action : actions) {
            String decision = action.policyDecision() == null ? "" : " (" + action.policyDecision() + ")";
            add(timeline, action.createdAt(), action.actionType(), action.target() + decision);
        }
        add(timeline, run.completedAt(), "RUN", "ended " + run.status());
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new RunDetail(RunView.of(run), run.context(), steps, actions, timeline);
    }

    private static void add(List<TimelineEntry> timeline, Instant at, String kind, String what) {
        if (at != null) {
            timeline.add(new TimelineEntry(at, kind, what));
        }
    }
}
