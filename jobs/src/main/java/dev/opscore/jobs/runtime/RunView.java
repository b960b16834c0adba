package dev.opscore.jobs.runtime;

import dev.opscore.db.event.EventRow;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.SignalRow;
import dev.opscore.db.run.StepRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's recorded history as its planner sees it: the trigger, the steps so far (outputs are the
 * redacted PMS answers or the computed results), the signals received, and the time of planning.
 */
public record RunView(RunRow run, EventRow trigger, List<StepRow> steps, List<SignalRow> signals, Instant now) {

    public RunView {
        steps = List.copyOf(steps);
        signals = List.copyOf(signals);
    }

    public int nextOrder() {
        return steps.size();
    }

    /** The latest step of that name, whatever its status. */
    public Optional<StepRow> last(String name) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).name().equals(name)) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    public boolean done(String name) {
        return last(name).filter(s -> "DONE".equals(s.status())).isPresent();
    }

    /** The output of the latest DONE step of that name. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> output(String name) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            StepRow step = steps.get(i);
            if (step.name().equals(name) && "DONE".equals(step.status()) && step.output() instanceof Map<?, ?> map) {
                return Optional.of((Map<String, Object>) map);
            }
        }
        return Optional.empty();
    }

    public List<StepRow> stepsNamed(String prefix) {
        return steps.stream().filter(s -> s.name().startsWith(prefix)).toList();
    }

    /** The manager's decision on the step of that order, if there is one. */
    public Optional<SignalRow> decisionFor(int stepOrder) {
        return signals.stream().filter(s -> "DECISION".equals(s.kind()))
                .filter(s -> Integer.valueOf(stepOrder).equals(asInt(s.payload().get("stepOrder"))))
                .reduce((first, second) -> second);
    }

    public List<SignalRow> events() {
        return signals.stream().filter(s -> "EVENT".equals(s.kind())).toList();
    }

    public Map<String, Object> payload() {
        return trigger == null || trigger.payload() == null ? Map.of() : trigger.payload();
    }

    private static Integer asInt(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }
}
