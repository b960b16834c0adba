package dev.opscore.jobs.runtime;

import dev.opscore.db.event.EventRow;

/**
 * One autonomous workflow: a planner. {@link RunEngine} asks it for the next thing to do, again
 * and again, from the run's recorded history, and does it: gate, call, verify, record, wait.
 * {@link #next} must be deterministic in its view (no clock, no I/O): replay depends on it.
 */
public interface Workflow {

    String name();

    boolean handles(EventRow trigger);

    Next next(RunView view);
}
