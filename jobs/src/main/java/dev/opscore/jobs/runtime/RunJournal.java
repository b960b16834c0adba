package dev.opscore.jobs.runtime;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.run.ActionRow;
import dev.opscore.db.run.RunRows;
import dev.opscore.db.exception.ExceptionRow;
import dev.opscore.db.run.StepRow;
import dev.opscore.tools.pms.client.PmsFailure;
import dev.opscore.tools.registry.ToolCall;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes a run's steps, its action log and the audit trail: one place, so every workflow records alike. */
@Component
public class RunJournal {

    private final RunRows runs;
    private final AuditTrail audit;
    private final IdSource ids;
    private final Clock clock;

    public RunJournal(RunRows runs, AuditTrail audit, IdSource ids, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Records a step that was planned and done at once; returns its id. */
    public UUID stepDone(UUID runId, int order, String name, Object input, Object output) {
        UUID id = ids.next();
        var now = clock.instant();
        runs.insertStep(new StepRow(id, runId, order, name, "DONE", input, output, now, now, null));
        return id;
    }

    /**
     * Records a PMS call in the action log and the audit trail, with the tool's redacted copies of
     * request and response (never its output, which may hold personal data).
     */
    public void apiCall(UUID runId, UUID stepId, ToolCall<?> call, String policyDecision, String policyReason) {
        var now = clock.instant();
        runs.insertAction(new ActionRow(ids.next(), runId, stepId, "API_CALL", call.toolName(), call.request(),
                call.response(), policyDecision, policyReason, now));
        audit.append("agent", "API_CALL", "run:" + runId, Map.of("tool", call.toolName(),
                "actionType", call.actionType().name(), "idempotencyKey", call.idempotencyKey()), now);
    }

    /** Records a policy gate's verdict on a step that did not run (held, deferred or skipped). */
    public void gate(UUID runId, UUID stepId, String tool, Object action, String outcome, String reasons) {
        var now = clock.instant();
        runs.insertAction(new ActionRow(ids.next(), runId, stepId, "DECISION", "policy:" + tool, action,
                Map.of("outcome", outcome, "reasons", reasons), outcome, reasons, now));
        audit.append("agent", "POLICY_DECISION", "run:" + runId, Map.of("tool", tool, "outcome", outcome,
                "reasons", reasons), now);
    }

    /** Records a PMS call that failed for good (after its retries), with the redacted input and the typed cause. */
    public void failedCall(UUID runId, UUID stepId, String tool, Map<String, Object> request, PmsFailure failure,
                           String outcome, String reasons) {
        var now = clock.instant();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("failure", failure.getClass().getSimpleName());
        response.put("transient", failure.transientFailure());
        failure.status().ifPresent(status -> response.put("status", status));
        runs.insertAction(new ActionRow(ids.next(), runId, stepId, "API_CALL", tool, request, response, outcome,
                reasons, now));
        audit.append("agent", "API_CALL_FAILED", "run:" + runId, Map.of("tool", tool,
                "failure", failure.getClass().getSimpleName()), now);
    }

    /** Records that the run raised an exception for a manager. */
    public void escalation(UUID runId, UUID stepId, String target, ExceptionRow opened) {
        var now = clock.instant();
        runs.insertAction(new ActionRow(ids.next(), runId, stepId, "ESCALATION", target,
                Map.of("exceptionId", opened.id().toString()),
                Map.of("severity", opened.severity(), "category", opened.category()), null, null, now));
    }

    /** Records a decision in the action log and the audit trail; payloads must already be redacted. */
    public void decision(UUID runId, UUID stepId, String target, Object request, Object response) {
        var now = clock.instant();
        runs.insertAction(new ActionRow(ids.next(), runId, stepId, "DECISION", target, request, response,
                null, null, now));
        audit.append("agent", "DECISION", "run:" + runId, Map.of("target", target), now);
    }
}
