package dev.opscore.ops.simulator.report;

import dev.opscore.ops.simulator.MonthResult;
import dev.opscore.ops.simulator.driver.FaultPlan;
import dev.opscore.ops.simulator.metrics.AccessLog;
import dev.opscore.ops.simulator.metrics.MonthFigures;
import java.util.List;

/** The month with PMS faults against the same month without: what was retried, what escalated, nothing lost or duplicated. */
final class FaultSection {

    private FaultSection() {
    }

    static List<String> lines(MonthResult plain, MonthResult faults) {
        MonthFigures f = faults.figures();
        AccessLog.Retries r = faults.retries();
        long injected = r.failuresByCall().values().stream().mapToLong(Long::longValue).sum();
        return List.of("month with PMS faults (5% of writes fail, slow dispatches for an hour, a 10-minute outage):",
                "  PMS calls that failed " + injected + " of " + r.attempts() + "; writes retried and then succeeded "
                        + r.writesRetriedThenSucceeded() + "; writes that never succeeded " + r.writesNeverSucceeded()
                        + "; writes served once and replayed " + r.writesReplayed(),
                "  SYSTEM exceptions " + f.exceptionsByCategory().getOrDefault("SYSTEM", 0L) + " (without faults "
                        + plain.figures().exceptionsByCategory().getOrDefault("SYSTEM", 0L) + "); routine completed without a manager "
                        + Format.percent(f.routineCompletedWithoutManager()),
                "  lost " + f.lost().total() + "; duplicate side effects " + f.sideEffects().duplicates()
                        + "; effects OpsCore recorded as failed " + f.sideEffects().unrecorded().size()
                        + "; actions outside policy " + f.outsidePolicy().size());
    }

    static String markdown(MonthResult plain, MonthResult faults) {
        MonthFigures f = faults.figures();
        AccessLog.Retries r = faults.retries();
        StringBuilder md = new StringBuilder("## The month with PMS faults\n\n");
        md.append("The default month again, with the sandbox PMS failing on purpose (`PUT /sandbox/faults`, switched at")
                .append(" these virtual times; the error draws are seeded by the world, so the same calls fail every run).")
                .append(" OpsCore's PMS client waits 2 s for an answer in this month (10 s by default).\n\n")
                .append("| from | faults |\n|---|---|\n");
        for (FaultPlan.Change c : faults.ledger().faultsApplied()) {
            md.append("| ").append(c.at()).append(" | ").append(c.label()).append(" |\n");
        }
        md.append("\n**What failed and what was retried** (every PMS request, from the access log):\n\n")
                .append("| request | status | times |\n|---|---|---|\n");
        r.failuresByCall().forEach((call, n) -> {
            int space = call.lastIndexOf(' ');
            md.append("| ").append(call, 0, space).append(" | ").append(call.substring(space + 1)).append(" | ").append(n)
                    .append(" |\n");
        });
        long retries = faults.ledger().touches().stream().filter(t -> "SYSTEM".equals(t.category()))
                .filter(t -> "APPROVE".equals(t.action())).count();
        long refused = faults.ledger().touches().stream().filter(t -> "SYSTEM".equals(t.category()))
                .filter(t -> "REJECT".equals(t.action())).count();
        md.append("\n- PMS requests: ").append(r.attempts()).append("; writes (by `Idempotency-Key`) that failed and")
                .append(" then succeeded on a retry: **").append(r.writesRetriedThenSucceeded()).append("**; writes that")
                .append(" never succeeded: ").append(r.writesNeverSucceeded()).append("; writes the PMS served more than")
                .append(" once with success (the client gave up on a slow answer, the retry got the stored answer): ")
                .append(r.writesReplayed()).append("; reads that failed: ").append(r.readsFailed()).append(".\n")
                .append("- Calls that failed for good after OpsCore's 3 tries escalate the run (SYSTEM, HIGH, paused at")
                .append(" the step): **").append(f.exceptionsByCategory().getOrDefault("SYSTEM", 0L))
                .append("** SYSTEM exceptions (").append(plain.figures().exceptionsByCategory().getOrDefault("SYSTEM", 0L))
                .append(" without faults); the manager approved ").append(retries).append(" retries and ended ")
                .append(refused).append(" runs whose retry would not help.\n")
                .append("- Lost: **").append(f.lost().total()).append("**; duplicate side effects: **")
                .append(f.sideEffects().duplicates()).append("**; PMS effects of calls OpsCore still records as failed: ")
                .append(f.sideEffects().unrecorded().size())
                .append(f.sideEffects().unrecorded().isEmpty() ? "" : " (" + String.join("; ", f.sideEffects().unrecorded()) + ")")
                .append("; actions outside policy: ").append(f.outsidePolicy().size()).append(".\n")
                .append(f.sideEffects().unrecorded().isEmpty() ? "" : "- The PMS effects OpsCore records as failed are"
                        + " calls the client gave up on (the slow hour) that the PMS carried out: they are the duplicate"
                        + " side effects counted above (effects beyond what OpsCore recorded), not second effects. After"
                        + " the manager approves the retry, Workflow A does not send the same call again (which would"
                        + " replay the PMS's stored answer under the same `Idempotency-Key` and record the effect):"
                        + " `MaintenanceWorkflow.nextVendor` counts the failed dispatch's vendor as tried and plans"
                        + " `dispatch-2` for the next vendor (a new step, so a new key), which the PMS refuses (the"
                        + " first vendor has the job); the run then escalates \"No vendor\" and the work order the"
                        + " first vendor accepted can end cancelled. See these runs in `work/faults/trace.txt`.\n")
                .append("- Against the month without faults: routine tasks completed without a manager ")
                .append(Format.percent(f.routineCompletedWithoutManager())).append(" (")
                .append(Format.percent(plain.figures().routineCompletedWithoutManager())).append("), manager touches per")
                .append(" 100 tasks ").append(Format.decimal(f.managerTouchesPer100Tasks(), 1)).append(" (")
                .append(Format.decimal(plain.figures().managerTouchesPer100Tasks(), 1)).append("), SLA ")
                .append(Format.rate(f.sla())).append(" (").append(Format.rate(plain.figures().sla())).append(").\n\n");
        return md.toString();
    }
}
