package dev.opscore.jobs.runtime;

import dev.opscore.db.event.EventRow;
import dev.opscore.db.run.RunRow;

/** What a workflow is given: the run it executes in and the trigger that opened it. */
public record RunContext(RunRow run, EventRow trigger) {
}
