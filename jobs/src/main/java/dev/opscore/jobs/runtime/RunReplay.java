package dev.opscore.jobs.runtime;

import dev.opscore.db.event.EventRows;
import dev.opscore.db.run.ActionRow;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.RunRows;
import dev.opscore.db.run.SignalRow;
import dev.opscore.db.run.StepRow;
import dev.opscore.policy.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Replays a recorded run through today's planner and policy, without side effects: for each
 * recorded step, the planner is given exactly the history it had then (the steps before, the
 * signals it had seen, the time it planned at), and its answer and today's policy decision are
 * compared with what was recorded. Nothing is called and nothing is written.
 */
@Service
public class RunReplay {

    /** A policy verdict: outcome and reason codes. */
    public record Verdict(String outcome, String reasons) {
    }

    /** One step: what was recorded, what today's code would do, and whether they agree. */
    public record ReplayStep(int order, String recordedStep, String recordedStatus, Verdict recordedPolicy,
                             String replayedStep, Verdict replayedPolicy, boolean same) {
    }

    public record ReplayReport(UUID runId, String workflow, String recordedStatus, List<ReplayStep> steps,
                               int differences) {
    }

    private final RunRows runs;
    private final EventRows events;
    private final Workflows workflows;
    private final PolicyGate gate;

    public RunReplay(RunRows runs, EventRows events, Workflows workflows, PolicyGate gate) {
        this.runs = runs;
        this.events = events;
        this.workflows = workflows;
        this.gate = gate;
    }

    public Optional<ReplayReport> replay(UUID runId) {
        Optional<RunRow> found = runs.byId(runId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RunRow run = found.get();
        var trigger = run.eventId() == null ? null : events.byId(run.eventId()).orElse(null);
        Workflow workflow = workflows.named(run.workflow());
        List<StepRow> steps = runs.steps(runId);
        List<SignalRow> signals = runs.signals(runId);
        List<ActionRow> actions = runs.actions(runId);
        List<ReplayStep> replayed = new ArrayList<>();
        for (StepRow recorded : steps) {
            Map<?, ?> input = recorded.input() instanceof Map<?, ?> m ? m : Map.of();
            int seen = input.get("_signalsSeen") instanceof Number n ? n.intValue() : signals.size();
            Instant at = input.get("_plannedAt") != null ? Instant.parse(input.get("_plannedAt").toString())
                    : recorded.startedAt();
            RunView view = new RunView(run, trigger, steps.subList(0, recorded.stepOrder()),
                    signals.subList(0, Math.min(seen, signals.size())), at);
            Next next = workflow.next(view);
            Verdict today = verdict(run, next, at);
            Verdict then = recordedVerdict(recorded, actions);
            String name = nameOf(next);
            boolean same = recorded.name().equals(name) && Objects.equals(then, today);
            replayed.add(new ReplayStep(recorded.stepOrder(), recorded.name(), recorded.status(), then, name, today, same));
        }
        if (RunStatus.valueOf(run.status()).terminal()) {
            Instant end = run.completedAt() == null ? Instant.EPOCH : run.completedAt();
            Next last = workflow.next(new RunView(run, trigger, steps, signals, end));
            String name = nameOf(last);
            String expected = "finish:" + run.status();
            replayed.add(new ReplayStep(steps.size(), expected, run.status(), null, name, null, expected.equals(name)));
        }
        int differences = (int) replayed.stream().filter(s -> !s.same()).count();
        return Optional.of(new ReplayReport(runId, run.workflow(), run.status(), replayed, differences));
    }

    private Verdict verdict(RunRow run, Next next, Instant at) {
        if (next instanceof Next.Call call && call.policyAction() != null) {
            Decision decision = gate.evaluate(RunScope.of(run), call.policyAction(), at).decision();
            return new Verdict(decision.outcome().name(), RunEngine.reasons(decision));
        }
        return null;
    }

    private static Verdict recordedVerdict(StepRow step, List<ActionRow> actions) {
        return actions.stream().filter(a -> step.id().equals(a.stepId()) && a.policyDecision() != null)
                .reduce((first, second) -> second)
                .map(a -> new Verdict(a.policyDecision(), a.policyReason().replace(",APPROVED_BY_MANAGER", "")))
                .orElse(null);
    }

    static String nameOf(Next next) {
        if (next instanceof Next.Call call) {
            return call.name();
        }
        if (next instanceof Next.Compute compute) {
            return compute.name();
        }
        if (next instanceof Next.Escalate escalate) {
            return escalate.name();
        }
        if (next instanceof Next.Wait) {
            return "wait";
        }
        return "finish:" + ((Next.Finish) next).status().name();
    }
}
