package dev.opscore.jobs.runtime;

import dev.opscore.jobs.exception.NewException;
import dev.opscore.policy.Decision;
import dev.opscore.policy.ReasonCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a workflow's planner asks the runtime to do next. The planner is a pure function of the
 * run's recorded history ({@link RunView}); the runtime does the I/O. That is what makes a run
 * resumable after a crash and replayable later.
 */
public sealed interface Next {

    /**
     * A PMS tool call. {@code policyAction} is the action the policy gate judges (the evaluate
     * request's {@code action} without {@code at}/{@code timezone}, which the runtime adds); null for reads.
     * {@code onHold} builds the exception when the gate says APPROVAL or BLOCK; {@code skipOn} lists
     * the BLOCK reasons after which the planner picks something else instead (the step is SKIPPED).
     */
    record Call(String name, String tool, Object input, Map<String, Object> policyAction, Verification verification,
                Function<Decision, NewException> onHold, Set<ReasonCode> skipOn, boolean plannerHandlesFailure)
            implements Next {

        public static Call read(String name, String tool, Object input) {
            return new Call(name, tool, input, null, null, null, Set.of(), false);
        }

        public Call verifiedBy(Verification check) {
            return new Call(name, tool, input, policyAction, check, onHold, skipOn, plannerHandlesFailure);
        }

        public Call skippingOn(Set<ReasonCode> reasons) {
            return new Call(name, tool, input, policyAction, verification, onHold, reasons, plannerHandlesFailure);
        }

        /** A permanent failure is recorded as a FAILED step for the planner to route around, not escalated. */
        public Call failureHandledByPlanner() {
            return new Call(name, tool, input, policyAction, verification, onHold, skipOn, true);
        }
    }

    /** Work inside OpsCore (reading the context, classifying a message, updating memory); its output is recorded. */
    record Compute(String name, Map<String, Object> input, Supplier<Map<String, Object>> work) implements Next {
    }

    /** Park the run until {@code until}, or until a signal arrives for one of {@code keys}. */
    record Wait(Instant until, List<String> keys, String reason) implements Next {
    }

    /** Open an exception; with {@code pause} the run stops until a manager decides. */
    record Escalate(String name, NewException exception, boolean pause) implements Next {
    }

    /** End the run; {@code outcome} feeds the KPIs (null: not a task of its own). */
    record Finish(RunStatus status, String summary, Map<String, Object> outcome) implements Next {
    }

    /** How the verifier reads a step's effect back: a read tool and what its redacted answer must show. */
    record Verification(String tool, Object input, String expectation, Predicate<Map<String, Object>> holds) {
    }
}
