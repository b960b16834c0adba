package dev.opscore.ops.simulator.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a routine task did not complete without a manager, and what would close the gap: a reason
 * (as {@code TaskOutcome.shortfall} words it) matched to what the code and policy would have to change.
 */
final class Remedies {

    private static final Map<String, String> BY_CUE = cues();

    private Remedies() {
    }

    static String of(String reason) {
        return BY_CUE.entrySet().stream().filter(e -> reason.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("look at these runs in tasks.md and their steps (GET /api/agent/runs/{id})");
    }

    /** What would have made OpsCore escalate a must-escalate event it did not. */
    static String forMissed(String truth, String decided) {
        if (decided.contains("Delivered to run")) {
            return BY_CUE.get("taken for a reply");
        }
        if (truth.contains("EMERGENCY") && !decided.contains("EMERGENCY")) {
            return "triage's priority: this wording of an emergency was read as less urgent (EMERGENCY recall 0.967,"
                    + " jobs/README.md): an emergency rule for it in TriageRules";
        }
        if (truth.contains("[") && !decided.contains("[")) {
            return "triage's risk flags: no rule and no flag head caught this wording (flag recall 0.94–1.00,"
                    + " jobs/README.md): a rule in TriageRules for it, or a lower flag threshold";
        }
        return "look at the run (tasks.md, GET /api/agent/runs/{id})";
    }

    private static Map<String, String> cues() {
        Map<String, String> cues = new LinkedHashMap<>();
        cues.put("taken for a reply", "OpsCore: SignalRouting takes a tenant's new message on a thread whose run"
                + " waits for that tenant (e.g. for a satisfaction rating) as the answer when it contains words such as"
                + " \"works\", \"still\", \"tried\" or \"funciona\", so the new request gets no work order; only"
                + " what the run asked for should count (a 1-5 rating while it waits for a rating, fixed or not while"
                + " it waits for troubleshooting), anything else should start a run of its own");
        cues.put("SPEND_REQUIRES_APPROVAL", "the first estimate or the lowest bid is above autoApproveMax: a higher"
                + " limit (see the policy comparison) or estimates closer to what vendors charge"
                + " (ServiceTargets.estimate; \"replace\" multiplies it by 5)");
        cues.put("CATEGORY_NOT_AUTO_ASSIGNABLE", "the job landed in a category the policy does not auto-assign"
                + " (APPLIANCE, PEST, LOCKS_DOORS by default): a better category from triage, or the category in"
                + " workOrders.autoAssignAllowedCategories");
        cues.put("No vendor", "no covering vendor took the job in time (declined, silent or at capacity): more vendors"
                + " per trade at the property, or trying every covering vendor before asking the manager");
        cues.put("is late", "the vendor finished after the SLA target and OpsCore asked the manager to chase:"
                + " vendors with better on-time rates (the vendor score already weighs it), or chasing the vendor"
                + " automatically before involving the manager");
        cues.put("could not complete planner", "OpsCore: after a permanent PMS refusal (409: the work order was"
                + " cancelled or moved by another run) MaintenanceWorkflow plans the same transition again at the same"
                + " step, 400 times a drive, then escalates \"did not converge\"; the planner should read the refusal"
                + " as the order having moved on (and a repeat report should not dispatch on an order another run owns)");
        cues.put("SYSTEM", "a PMS call failed after its retries: retry later on its own (with backoff over minutes)"
                + " instead of asking the manager to approve the retry");
        cues.put("RISK_FLAG", "triage raised a risk flag the message does not carry: a false alarm of the classifier's"
                + " rules or flag heads (precision 0.84–0.96 per flag, jobs/README.md)");
        cues.put("EMERGENCY", "triage read a routine problem as an emergency (priority accuracy 0.857, jobs/README.md)");
        cues.put("triage read it as", "the classifier's intent error on this wording (intent accuracy 0.895,"
                + " jobs/README.md): more labelled data, or a second opinion for low-confidence messages");
        cues.put("added to a work order already open", "a repeat report of a problem already in hand: no work was"
                + " lost, but by the definition it is not a completed task");
        cues.put("still in progress", "the month was cut off: run the world longer after the last event (--settle-days)");
        cues.put("Rejected by the manager", "the manager turned the spend down (one approval in ten, by design of the"
                + " simulated manager)");
        cues.put("with a manager's answer", "a manager answered an item of this run although it ended resolved");
        return cues;
    }
}
