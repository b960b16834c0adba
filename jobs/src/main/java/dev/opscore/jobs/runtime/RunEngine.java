package dev.opscore.jobs.runtime;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.event.EventRows;
import dev.opscore.db.exception.ExceptionRow;
import dev.opscore.db.exception.ExceptionRows;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.RunRows;
import dev.opscore.db.run.StepRow;
import dev.opscore.jobs.exception.ContextPack;
import dev.opscore.jobs.exception.ExceptionCategory;
import dev.opscore.jobs.exception.ExceptionInbox;
import dev.opscore.jobs.exception.NewException;
import dev.opscore.jobs.exception.Severity;
import dev.opscore.policy.Decision;
import dev.opscore.policy.Outcome;
import dev.opscore.policy.ReasonCode;
import dev.opscore.tools.pms.client.PmsFailure;
import dev.opscore.tools.registry.ToolCall;
import dev.opscore.tools.registry.ToolRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives a run: asks its workflow's planner for the next thing, gates it with the policy, calls
 * the tool with the step's idempotency key (transient failures retried with backoff, at most
 * {@code maxTries}), verifies the effect by reading it back, and records each step in its own
 * transaction. It stops when the run waits, pauses for a manager, or ends. Anything that cannot
 * complete escalates with the completed steps listed; nothing is silently dropped.
 */
@Component
public class RunEngine {

    private static final Logger log = LoggerFactory.getLogger(RunEngine.class);
    private static final int MAX_STEPS = 400;

    private final RunRows runs;
    private final EventRows events;
    private final ExceptionRows exceptions;
    private final ExceptionInbox inbox;
    private final Workflows workflows;
    private final ToolRegistry tools;
    private final PolicyGate gate;
    private final RunJournal journal;
    private final AuditTrail audit;
    private final WakeScheduler wakes;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final WorkerName worker;
    private final RuntimeProperties properties;
    private final RetryTemplate retry;
    private final MeterRegistry meters;

    public RunEngine(RunRows runs, EventRows events, ExceptionRows exceptions, ExceptionInbox inbox,
                     Workflows workflows, ToolRegistry tools, PolicyGate gate, RunJournal journal, AuditTrail audit,
                     WakeScheduler wakes, TransactionTemplate transaction, Clock clock, WorkerName worker,
                     RuntimeProperties properties, MeterRegistry meters) {
        this.runs = runs;
        this.events = events;
        this.exceptions = exceptions;
        this.inbox = inbox;
        this.workflows = workflows;
        this.tools = tools;
        this.gate = gate;
        this.journal = journal;
        this.audit = audit;
        this.wakes = wakes;
        this.transaction = transaction;
        this.clock = clock;
        this.worker = worker;
        this.properties = properties;
        this.meters = meters;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .predicate(e -> e instanceof PmsFailure failure && failure.transientFailure())
                .maxRetries(properties.maxTries() - 1).delay(properties.retryDelay()).multiplier(2)
                .build());
    }

    /**
     * Takes the run from one of {@code from} (or from a worker that died holding it) and drives it
     * until it waits, pauses or ends; empty when another caller has it or it has moved on.
     */
    public Optional<RunStatus> drive(UUID runId, Set<RunStatus> from) {
        Set<String> names = from.stream().map(Enum::name).collect(Collectors.toSet());
        if (!runs.acquire(runId, names, worker.value(), clock.instant(), properties.leaseSeconds())) {
            return Optional.empty();
        }
        audit.append("agent", "RUN_STARTED", "run:" + runId, Map.of("worker", worker.value(),
                "from", String.join(",", names)), clock.instant());
        RunStatus status;
        try {
            status = loop(runId);
        } catch (RuntimeException unexpected) {
            log.error("Run {} failed unexpectedly", runId, unexpected);
            status = failUnexpectedly(runId, unexpected);
        }
        meters.counter("opscore.runs.finished", "status", status.name()).increment();
        return Optional.of(status);
    }

    private RunStatus loop(UUID runId) {
        for (int planned = 0; planned < MAX_STEPS; planned++) {
            if (!runs.renewLease(runId, worker.value(), properties.leaseSeconds())) {
                // cancelled between steps, or taken over by another worker
                return RunStatus.valueOf(runs.byId(runId).orElseThrow().status());
            }
            RunView view = view(runId);
            Next next = workflows.named(view.run().workflow()).next(view);
            Optional<RunStatus> stop = perform(view, next);
            if (stop.isPresent()) {
                return stop.get();
            }
        }
        return escalateFailure(view(runId), view(runId).nextOrder(), "planner",
                "the plan did not converge within " + MAX_STEPS + " steps", ExceptionCategory.SYSTEM);
    }

    /**
     * The run's history as its planner sees it. A last step that is held (PLANNED) or was cut short
     * by a crash (RUNNING) is not history: it is planned again at the same order, so its tool call
     * carries the same idempotency key and acts once.
     */
    public RunView view(UUID runId) {
        RunRow run = runs.byId(runId).orElseThrow();
        List<StepRow> steps = runs.steps(runId);
        if (!steps.isEmpty() && Set.of("PLANNED", "RUNNING").contains(steps.get(steps.size() - 1).status())) {
            steps = steps.subList(0, steps.size() - 1);
        }
        var trigger = run.eventId() == null ? null : events.byId(run.eventId()).orElse(null);
        return new RunView(run, trigger, steps, runs.signals(runId), clock.instant());
    }

    private Optional<RunStatus> perform(RunView view, Next next) {
        if (next instanceof Next.Call call) {
            return call(view, call);
        }
        if (next instanceof Next.Compute compute) {
            return compute(view, compute);
        }
        if (next instanceof Next.Wait wait) {
            return park(view, wait);
        }
        if (next instanceof Next.Escalate escalate) {
            return escalate(view, escalate);
        }
        return Optional.of(finish(view, (Next.Finish) next));
    }

    private Optional<RunStatus> call(RunView view, Next.Call call) {
        UUID runId = view.run().id();
        int order = orderOf(view, call.name());
        Instant now = view.now();
        Decision decision = null;
        String policyOutcome = null;
        String policyReason = null;
        if (call.policyAction() != null) {
            decision = gate.evaluate(RunScope.of(view.run()), call.policyAction(), now).decision();
            meters.counter("opscore.policy.decisions", "outcome", decision.outcome().name()).increment();
            policyOutcome = decision.outcome().name();
            policyReason = reasons(decision);
            boolean approved = view.decisionFor(order).map(d -> DecisionKind.of(d.payload()).approves()).orElse(false);
            if (decision.outcome() == Outcome.BLOCK && skippable(decision, call.skipOn())) {
                record(view, order, call.name(), "SKIPPED", call.input(), gateOutput(decision), null);
                journal.gate(runId, null, call.tool(), call.policyAction(), policyOutcome, policyReason);
                return Optional.empty();
            }
            if (decision.outcome() == Outcome.ALLOW && decision.notBefore() != null
                    && decision.notBefore().toInstant().isAfter(now)) {
                return Optional.of(defer(view, order, call, decision));
            }
            if (decision.outcome() == Outcome.APPROVAL && approved) {
                policyReason = policyReason + ",APPROVED_BY_MANAGER";
            } else if (decision.outcome() != Outcome.ALLOW) {
                return Optional.of(hold(view, order, call, decision));
            }
        }
        UUID stepId = record(view, order, call.name(), "RUNNING", redactedInput(call), null, null);
        ToolCall<?> done;
        try {
            done = withRetry(() -> tools.invoke(call.tool(), call.input(), runId, order));
        } catch (PmsFailure failure) {
            record(view, order, call.name(), "FAILED", redactedInput(call), null, failure.getMessage());
            journal.failedCall(runId, stepId, call.tool(), tools.redact(call.input()), failure, policyOutcome, policyReason);
            if (call.plannerHandlesFailure() && !failure.transientFailure()) {
                return Optional.empty();
            }
            return Optional.of(escalateFailure(view, order, call.name(), failure.getMessage(),
                    ExceptionCategory.SYSTEM));
        }
        Optional<String> broken = verify(call, runId, order);
        String status = broken.isPresent() ? "FAILED" : "DONE";
        String finalOutcome = policyOutcome;
        String finalReason = policyReason;
        ToolCall<?> finalCall = done;
        transaction.executeWithoutResult(tx -> {
            record(view, order, call.name(), status, finalCall.request(), finalCall.response(), broken.orElse(null));
            journal.apiCall(runId, stepId, finalCall, finalOutcome, finalReason);
        });
        if (broken.isPresent()) {
            return Optional.of(escalateFailure(view, order, call.name(), broken.get(), ExceptionCategory.SYSTEM));
        }
        return Optional.empty();
    }

    /**
     * A step planned again right after it failed (a manager approved the retry) keeps its order, and
     * so its idempotency key: if the failed call had reached the PMS after all, the retry replays it.
     */
    private static int orderOf(RunView view, String stepName) {
        List<StepRow> steps = view.steps();
        if (!steps.isEmpty()) {
            StepRow last = steps.get(steps.size() - 1);
            if ("FAILED".equals(last.status()) && last.name().equals(stepName)) {
                return last.stepOrder();
            }
        }
        return view.nextOrder();
    }

    private Optional<String> verify(Next.Call call, UUID runId, int order) {
        Next.Verification check = call.verification();
        if (check == null) {
            return Optional.empty();
        }
        try {
            ToolCall<?> read = withRetry(() -> tools.invoke(check.tool(), check.input(), runId, order));
            return check.holds().test(read.response()) ? Optional.empty()
                    : Optional.of("verification failed: expected " + check.expectation());
        } catch (PmsFailure failure) {
            return Optional.of("verification could not read back: " + failure.getMessage());
        }
    }

    private Optional<RunStatus> compute(RunView view, Next.Compute compute) {
        int order = view.nextOrder();
        Map<String, Object> output;
        try {
            output = withRetry(compute.work());
        } catch (PmsFailure failure) {
            record(view, order, compute.name(), "FAILED", compute.input(), null, failure.getMessage());
            return Optional.of(escalateFailure(view, order, compute.name(), failure.getMessage(),
                    ExceptionCategory.SYSTEM));
        }
        transaction.executeWithoutResult(tx -> {
            UUID stepId = record(view, order, compute.name(), "DONE", compute.input(), output, null);
            if (RunScope.CONTEXT_STEP.equals(compute.name())) {
                runs.setContext(view.run().id(), output);
            }
            journal.decision(view.run().id(), stepId, "step:" + compute.name(), compute.input(), output);
        });
        return Optional.empty();
    }

    private Optional<RunStatus> park(RunView view, Next.Wait wait) {
        UUID runId = view.run().id();
        int seen = view.signals().size();
        transaction.executeWithoutResult(tx -> {
            wait.keys().forEach(key -> runs.claimKey(key, runId, view.now()));
            runs.park(runId, wait.until(), "Waiting: " + wait.reason());
        });
        wakes.wakeAt(runId, wait.until());
        if (runs.signals(runId).size() > seen || !wait.until().isAfter(clock.instant())) {
            // a signal came in (or the time passed) while the run was parking: carry on at once
            if (runs.acquire(runId, Set.of(RunStatus.WAITING.name()), worker.value(), clock.instant(),
                    properties.leaseSeconds())) {
                return Optional.empty();
            }
        }
        return Optional.of(RunStatus.WAITING);
    }

    private Optional<RunStatus> escalate(RunView view, Next.Escalate escalate) {
        int order = view.nextOrder();
        ExceptionRow item = transaction.execute(tx -> {
            ExceptionRow opened = inbox.open(escalate.exception(), escalate.pause() ? order : null);
            UUID stepId = record(view, order, escalate.name(), "DONE", null,
                    Map.of("exceptionId", opened.id().toString(), "severity", opened.severity(),
                            "category", opened.category(), "paused", escalate.pause()), null);
            journal.escalation(view.run().id(), stepId, escalate.name(), opened);
            return opened;
        });
        if (!escalate.pause()) {
            return Optional.empty();
        }
        pause(view.run().id(), "Paused for a decision on exception " + item.id() + ": " + item.title());
        return Optional.of(RunStatus.ESCALATED);
    }

    private RunStatus finish(RunView view, Next.Finish finish) {
        UUID runId = view.run().id();
        Instant end = clock.instant();
        transaction.executeWithoutResult(tx -> {
            if (finish.outcome() != null) {
                runs.setOutcome(runId, finish.outcome());
            }
            runs.releaseKeys(runId);
            runs.transition(runId, Set.of(RunStatus.RUNNING.name()), finish.status().name(), end, finish.summary(), null);
            audit.append("agent", "RUN_" + finish.status().name(), "run:" + runId,
                    Map.of("workflow", view.run().workflow()), end);
        });
        return finish.status();
    }

    private RunStatus defer(RunView view, int order, Next.Call call, Decision decision) {
        UUID runId = view.run().id();
        Instant until = decision.notBefore().toInstant();
        Map<String, Object> output = gateOutput(decision);
        output.put("deferredUntil", decision.notBeforeText());
        transaction.executeWithoutResult(tx -> {
            record(view, order, call.name(), "PLANNED", redactedInput(call), output, null);
            journal.gate(runId, null, call.tool(), call.policyAction(), decision.outcome().name(), reasons(decision));
            runs.park(runId, until, "Deferred by quiet hours until " + decision.notBeforeText());
        });
        wakes.wakeAt(runId, until);
        return RunStatus.WAITING;
    }

    private RunStatus hold(RunView view, int order, Next.Call call, Decision decision) {
        UUID runId = view.run().id();
        Optional<ExceptionRow> pending = exceptions.forRun(runId).stream()
                .filter(e -> Integer.valueOf(order).equals(e.stepOrder()) && e.decision() == null
                        && !"RESOLVED".equals(e.status()))
                .findFirst();
        ExceptionRow item = pending.orElseGet(() -> transaction.execute(tx -> {
            NewException exception = call.onHold() != null ? call.onHold().apply(decision)
                    : heldByPolicy(view, call, decision);
            ExceptionRow opened = inbox.open(exception, order);
            Map<String, Object> output = gateOutput(decision);
            output.put("exceptionId", opened.id().toString());
            UUID stepId = record(view, order, call.name(), "PLANNED", redactedInput(call), output, null);
            journal.gate(runId, stepId, call.tool(), call.policyAction(), decision.outcome().name(), reasons(decision));
            journal.escalation(runId, stepId, call.name(), opened);
            return opened;
        }));
        pause(runId, "Paused at step " + order + " (" + call.name() + "): " + reasons(decision)
                + "; exception " + item.id());
        return RunStatus.ESCALATED;
    }

    private NewException heldByPolicy(RunView view, Next.Call call, Decision decision) {
        boolean killSwitch = decision.reasons().contains(ReasonCode.KILL_SWITCH_NOTIFY_ONLY);
        String summary = killSwitch
                ? "Autonomy is off (kill switch): the agent did not " + call.name() + "."
                : "Policy " + decision.outcome().name().toLowerCase() + " for " + call.name() + ".";
        return new NewException(view.run().id(), view.run().propertyId(),
                killSwitch ? Severity.HIGH : Severity.MEDIUM,
                killSwitch ? ExceptionCategory.SYSTEM : ExceptionCategory.FINANCIAL, "Held: " + call.name(),
                new ContextPack(summary, List.of("tool " + call.tool()), codes(decision),
                        "Approve " + call.name() + " or reject it",
                        killSwitch ? "Handle it by hand while autonomy is off" : "Approve"),
                null);
    }

    private RunStatus escalateFailure(RunView view, int order, String stepName, String error, ExceptionCategory category) {
        UUID runId = view.run().id();
        List<String> completed = view.steps().stream().filter(s -> "DONE".equals(s.status()))
                .map(s -> s.stepOrder() + ":" + s.name()).toList();
        String summary = "Could not complete step " + order + " (" + stepName + "): " + error
                + ". Completed steps: " + (completed.isEmpty() ? "none" : String.join(", ", completed));
        transaction.executeWithoutResult(tx -> {
            ExceptionRow opened = inbox.open(new NewException(runId, view.run().propertyId(), Severity.HIGH, category,
                    "Run could not complete " + stepName,
                    new ContextPack(summary, List.of(error), List.of("STEP_FAILED"),
                            "Retry the step once the cause is fixed (approve), or end the run (reject)",
                            "Check the PMS, then approve to retry"), null), order);
            journal.escalation(runId, null, stepName, opened);
            runs.transition(runId, Set.of(RunStatus.RUNNING.name()), RunStatus.ESCALATED.name(), clock.instant(),
                    summary, error);
        });
        return RunStatus.ESCALATED;
    }

    private RunStatus failUnexpectedly(UUID runId, RuntimeException unexpected) {
        try {
            RunView view = view(runId);
            return escalateFailure(view, view.nextOrder(), "runtime", unexpected.getClass().getSimpleName(),
                    ExceptionCategory.SYSTEM);
        } catch (RuntimeException again) {
            again.addSuppressed(unexpected);
            throw again;
        }
    }

    private void pause(UUID runId, String summary) {
        runs.transition(runId, Set.of(RunStatus.RUNNING.name()), RunStatus.ESCALATED.name(), clock.instant(),
                summary, null);
    }

    private UUID record(RunView view, int order, String name, String status, Object input, Object output, String error) {
        Map<String, Object> in = new LinkedHashMap<>();
        if (input instanceof Map<?, ?> map) {
            map.forEach((k, v) -> in.put(String.valueOf(k), v));
        } else if (input != null) {
            in.put("value", input);
        }
        // what the planner had seen when it planned this step: replay rebuilds the same view
        in.put("_signalsSeen", view.signals().size());
        in.put("_plannedAt", view.now().toString());
        UUID id = UUID.nameUUIDFromBytes((view.run().id() + ":" + order).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Instant now = clock.instant();
        runs.saveStep(new StepRow(id, view.run().id(), order, name, status, in, output, now,
                "RUNNING".equals(status) || "PLANNED".equals(status) ? null : now, error));
        return id;
    }

    private Map<String, Object> redactedInput(Next.Call call) {
        return call.input() == null ? Map.of() : tools.redact(call.input());
    }

    private <T> T withRetry(Supplier<T> work) {
        try {
            return retry.execute(work::get);
        } catch (RetryException exhausted) {
            Throwable last = exhausted.getCause() != null ? exhausted.getCause() : exhausted;
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(last);
        }
    }

    private static boolean skippable(Decision decision, Set<ReasonCode> skipOn) {
        return !skipOn.isEmpty() && decision.reasons().stream()
                .filter(r -> r != ReasonCode.SPEND_WITHIN_AUTO_LIMIT).allMatch(skipOn::contains);
    }

    private static Map<String, Object> gateOutput(Decision decision) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("outcome", decision.outcome().name());
        output.put("reasons", codes(decision));
        output.put("escalate", decision.escalate());
        return output;
    }

    static List<String> codes(Decision decision) {
        return decision.reasons().stream().map(Enum::name).toList();
    }

    static String reasons(Decision decision) {
        return String.join(",", codes(decision));
    }

    static Set<Outcome> restrictive() {
        return EnumSet.of(Outcome.APPROVAL, Outcome.BLOCK);
    }
}
