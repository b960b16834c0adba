package dev.opscore.jobs.runtime;

import dev.opscore.db.event.EventRow;

/**
 * One autonomous workflow. {@link RunLauncher} opens the run and calls {@link #execute} inside the
 * run's transaction; the workflow records its steps and actions through {@link RunJournal}.
 */
public interface Workflow {

    String name();

    boolean handles(EventRow trigger);

    /** Executes the run; returns the run summary. Throwing fails the run. */
    String execute(RunContext context, RunJournal journal);
}
