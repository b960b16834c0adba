package dev.opscore.ops.simulator.metrics;

import dev.opscore.ops.simulator.driver.ManagerTouch;
import dev.opscore.ops.simulator.driver.Task;
import java.util.List;

/**
 * What became of one scenario event: its run at the end of the month, the exceptions that run
 * opened and the manager's answers to them.
 *
 * @param run null when the hand-over failed (no run)
 */
public record TaskOutcome(Task task, RunRecord run, List<ExceptionRecord> exceptions, List<ManagerTouch> touches) {

    public TaskOutcome {
        exceptions = List.copyOf(exceptions);
        touches = List.copyOf(touches);
    }

    /** OpsCore escalated it: its run opened an exception. */
    public boolean escalated() {
        return !exceptions.isEmpty();
    }

    /**
     * Completed without a manager: the run's outcome is resolved and autonomous, and the manager
     * answered nothing of this run (not even an item that paused nothing). This includes a problem
     * the tenant fixed with OpsCore's troubleshooting steps.
     */
    public boolean completedWithoutManager() {
        return run != null && run.outcome() != null && run.outcome().resolvedAutonomously() && touches.isEmpty();
    }

    public boolean resolved() {
        return run != null && run.outcome() != null && Boolean.TRUE.equals(run.outcome().resolved());
    }

    /** Why a task did not complete without a manager, in words a reader can act on; null when it did. */
    public String shortfall() {
        if (completedWithoutManager()) {
            return null;
        }
        if (run == null) {
            return "no run: the hand-over to OpsCore failed";
        }
        if (run.deliveredElsewhere()) {
            return "taken for a reply to another run on the tenant's thread (the new request got no work order)";
        }
        if (run.foldedIntoOpenOrder()) {
            return "added to a work order already open with a vendor";
        }
        if (run.triage() != null && !"MAINTENANCE_INTAKE".equals(run.triage().intent())) {
            return "triage read it as " + run.triage().intent() + ", not a maintenance request";
        }
        if (!exceptions.isEmpty()) {
            ExceptionRecord first = exceptions.get(0);
            if ("SYSTEM".equals(first.category())) {
                return "escalated: SYSTEM " + first.title();
            }
            String codes = first.reasonCodes().stream().filter(c -> !c.startsWith("SPEND_WITHIN")).findFirst()
                    .orElse(first.title().replaceAll("\\bwo-\\d+", "#").replaceAll(" for #$", ""));
            return "escalated: " + first.category() + " " + codes;
        }
        if (!run.terminal()) {
            return "still in progress when the month was cut off (" + run.status() + ")";
        }
        if (!touches.isEmpty()) {
            return "resolved, with a manager's answer";
        }
        return "ended unresolved: " + run.summary();
    }
}
