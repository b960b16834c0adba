package dev.opscore.ops.simulator.report;

import dev.opscore.ops.simulator.MonthResult;
import dev.opscore.ops.simulator.driver.ManagerTouch;
import dev.opscore.ops.simulator.metrics.CallRecord;
import dev.opscore.ops.simulator.metrics.MonthFigures;
import dev.opscore.ops.simulator.metrics.Ratio;
import dev.opscore.ops.simulator.metrics.SideEffectAudit;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The detailed sections of one month in {@code report.md}: outcomes, escalation, policy, side effects, service. */
final class MonthSection {

    private final MonthResult result;
    private final MonthFigures f;

    MonthSection(MonthResult result) {
        this.result = result;
        this.f = result.figures();
    }

    String outcomes() {
        StringBuilder md = new StringBuilder("## The month's work\n\n");
        md.append(f.events()).append(" events were handed to OpsCore: ").append(f.tasks()).append(" tasks (maintenance")
                .append(" messages, incidents, PM tasks falling due) and ").append(f.nonMaintenanceMessages())
                .append(" other tenant messages (questions, complaints, notices: no work order is expected).")
                .append(" Every event with its ground truth and what OpsCore did is listed in [tasks.md](tasks.md).\n\n");
        md.append("![outcomes by category](outcomes-by-category.png)\n\n");
        md.append("| category | completed without a manager | resolved with a manager | not resolved |\n|---|---|---|---|\n");
        f.outcomesByCategory().forEach((category, c) -> md.append("| ").append(category).append(" | ").append(c[0])
                .append(" | ").append(c[1]).append(" | ").append(c[2]).append(" |\n"));
        md.append("\n");
        return md.toString();
    }

    String shortfalls() {
        StringBuilder md = new StringBuilder("## Routine tasks that needed a manager, or did not finish\n\n");
        Ratio r = f.routineCompletedWithoutManager();
        md.append(r.whole() - r.part()).append(" of ").append(r.whole())
                .append(" routine tasks did not complete without a manager. Why, and what would close it:\n\n");
        md.append("| tasks | why | what would close it |\n|---|---|---|\n");
        f.shortfalls().forEach((reason, count) -> md.append("| ").append(count).append(" | ")
                .append(TaskListing.cell(reason)).append(" | ").append(Remedies.of(reason)).append(" |\n"));
        if (!f.noVendorCauses().isEmpty()) {
            md.append("\nEvery \"No vendor\" item of the month (all tasks), by what the run had seen when it asked")
                    .append(" (its last dispatch and the vendor answers and status changes since, which carry the")
                    .append(" vendor's id):\n\n| items | cause |\n|---|---|\n");
            f.noVendorCauses().forEach((cause, n) -> md.append("| ").append(n).append(" | ").append(cause).append(" |\n"));
            if (f.noVendorCauses().keySet().stream().anyMatch(c -> c.startsWith("spurious"))) {
                md.append("\nA spurious one is OpsCore's: `MaintenanceWorkflow.liveDispatch` takes any decline or move back to")
                    .append(" TRIAGED that arrives after a dispatch as that dispatch's end, whichever vendor it came from;")
                    .append(" when a vendor's decline arrives as two webhooks (`VENDOR_RESPONSE` DECLINED, then")
                    .append(" `WORK_ORDER_STATUS_CHANGED` to TRIAGED) and the run dispatches the next vendor between them,")
                    .append(" the second is read as the new vendor declining. Matching the signal's `vendorId` (or the")
                    .append(" dispatch number in `VENDOR_RESPONSE`) to the dispatch closes it.");
            }
            md.append("\nThe others are the sandbox world's vendors (silent, declining, no-shows; two or three per")
                    .append(" trade and property) against Workflow A, which asks the manager once two vendors did not")
                    .append(" take the job.\n");
        }
        md.append("\n");
        return md.toString();
    }

    String escalation() {
        StringBuilder md = new StringBuilder("## Escalation against ground truth\n\n");
        var e = f.escalation();
        md.append("| | must escalate | need not |\n|---|---|---|\n")
                .append("| OpsCore escalated | ").append(e.truePositives()).append(" | ").append(e.falsePositives()).append(" |\n")
                .append("| did not | ").append(e.falseNegatives()).append(" | ").append(e.trueNegatives()).append(" |\n\n");
        md.append("Precision ").append(Format.decimal(e.precision(), 3)).append(", recall ")
                .append(Format.decimal(e.recall(), 3)).append(". Escalations of events that need no person, by the")
                .append(" category of the first exception: ")
                .append(f.falseAlarmsByCategory().isEmpty() ? "none" : f.falseAlarmsByCategory().entrySet().stream()
                        .map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", ")))
                .append(" (FINANCIAL and SLA ones are operational: spend over the limit, a vendor who did not come;")
                .append(" they are escalations all the same).\n\n");
        md.append("**Must-escalate cases missed: ").append(f.missed().size()).append("**\n\n");
        if (!f.missed().isEmpty()) {
            md.append("| # | kind | text (redacted, 80 characters) | ground truth | what OpsCore decided | what would")
                    .append(" close it |\n|---|---|---|---|---|---|\n");
            f.missed().forEach(m -> md.append("| ").append(m.index()).append(" | ").append(m.kind()).append(" | ")
                    .append(TaskListing.cell(m.excerpt())).append(" | ").append(m.truth()).append(" | ")
                    .append(TaskListing.cell(m.decided())).append(" | ").append(Remedies.forMissed(m.truth(), m.decided()))
                    .append(" |\n"));
            md.append("\n");
        }
        return md.toString();
    }

    String manager() {
        StringBuilder md = new StringBuilder("## The manager\n\n");
        Map<String, Long> byAction = new TreeMap<>(result.ledger().touches().stream()
                .collect(Collectors.groupingBy(t -> t.category() + " → " + t.action().replaceAll(" ven-.*", " (vendor)"),
                        Collectors.counting())));
        md.append(f.managerTouches()).append(" answers (").append(Format.decimal(f.managerTouchesPer100Tasks(), 1))
                .append(" per 100 tasks) to ").append(f.exceptions()).append(" exceptions; ")
                .append(f.escalatedTasks()).append(" events' runs escalated. Exceptions by category: ")
                .append(f.exceptionsByCategory().entrySet().stream().map(x -> x.getKey() + " " + x.getValue())
                        .collect(Collectors.joining(", "))).append(".\n\n");
        md.append("| category → answer | times |\n|---|---|\n");
        byAction.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        long critical = result.ledger().touches().stream().map(ManagerTouch::severity).filter("CRITICAL"::equals).count();
        md.append("\n").append(critical).append(" of them CRITICAL (answered within 15 minutes at any hour).\n\n");
        return md.toString();
    }

    String policyAndEffects() {
        StringBuilder md = new StringBuilder("## Policy and side effects\n\n");
        md.append("**Actions outside policy: ").append(f.outsidePolicy().size()).append("**");
        if (f.outsidePolicy().isEmpty()) {
            md.append(" (every PMS write that went through was ALLOW, or APPROVAL with the manager's approval of that step).\n\n");
        } else {
            md.append("\n\n| run | step | tool | decision | reasons |\n|---|---|---|---|---|\n");
            for (CallRecord c : f.outsidePolicy()) {
                md.append("| ").append(c.runId()).append(" | ").append(c.stepName()).append(" | ").append(c.tool())
                        .append(" | ").append(c.policyDecision()).append(" | ").append(c.policyReason()).append(" |\n");
            }
            md.append("\n");
        }
        SideEffectAudit s = f.sideEffects();
        md.append("**Duplicate side effects in the PMS: ").append(s.duplicates()).append("**\n\n");
        md.append("| effect | in the PMS | OpsCore's successful calls | excess |\n|---|---|---|---|\n");
        s.counts().forEach(c -> md.append("| ").append(c.effect()).append(" | ").append(c.inPms()).append(" | ")
                .append(c.recorded()).append(" | ").append(c.excess()).append(" |\n"));
        md.append("\nSteps whose write went through twice in one run: ").append(s.repeatedSteps().size())
                .append(s.repeatedSteps().isEmpty() ? "" : " — " + s.repeatedSteps()).append(".")
                .append(" PMS effects under an `Idempotency-Key` no successful call of OpsCore's carries (the client")
                .append(" gave up, the PMS acted): ").append(s.unrecorded().size())
                .append(s.unrecorded().isEmpty() ? "" : " — " + String.join("; ", s.unrecorded())).append(".")
                .append(" Successful calls the PMS has no record of: ").append(s.phantom().size()).append(".\n\n");
        return md.toString();
    }

    String service() {
        StringBuilder md = new StringBuilder("## Service\n\n![SLA by priority](sla-by-priority.png)\n\n");
        md.append("| priority (ground truth) | SLA met | target |\n|---|---|---|\n");
        Map<String, String> targets = Map.of("EMERGENCY", "completed within 24 h", "URGENT", "3 days", "ROUTINE", "7 days");
        f.slaByPriority().forEach((p, r) -> md.append("| ").append(p).append(" | ").append(Format.rate(r)).append(" | ")
                .append(targets.get(p)).append(" |\n"));
        md.append("| all | ").append(Format.rate(f.sla())).append(" | |\n\n");
        md.append("| figure | p50 | p95 | tasks |\n|---|---|---|---|\n")
                .append("| time to tenant acknowledgement | ").append(Format.duration(f.timeToAcknowledge().p50())).append(" | ")
                .append(Format.duration(f.timeToAcknowledge().p95())).append(" | ").append(f.timeToAcknowledge().count()).append(" |\n")
                .append("| time to dispatch | ").append(Format.duration(f.timeToDispatch().p50())).append(" | ")
                .append(Format.duration(f.timeToDispatch().p95())).append(" | ").append(f.timeToDispatch().count()).append(" |\n\n");
        md.append("Cost per resolved work order: **").append(Format.money(f.costPerResolvedWorkOrder())).append("** over ")
                .append(f.resolvedWithCost()).append(" work orders a vendor completed. Repeat-issue rate: ")
                .append(Format.rate(f.repeatIssues())).append(". Spend OpsCore committed on its own (dispatch not-to-exceed")
                .append(" and accepted bids under ALLOW): ").append(Format.money(f.spendAutoApproved())).append(".\n\n");
        var t = f.troubleshooting();
        md.append("Troubleshooting: ").append(t.answers()).append(" tenants answered the steps (").append(t.answeredFixed())
                .append(" fixed); ").append(t.resolvedByTenant()).append(" problems were closed as fixed by the tenant, with no vendor.\n\n");
        return md.toString();
    }

    String kpis() {
        JsonNode k = f.kpis();
        if (k == null) {
            return "";
        }
        StringBuilder md = new StringBuilder("## OpsCore's own KPI panel for the month\n\n");
        md.append("`GET /api/agent/kpis?from=").append(result.ledger().start()).append("&to=")
                .append(result.ledger().settledUntil()).append("` (over every run with an outcome, OpsCore's own")
                .append(" classification; the figures above follow the ground truth):\n\n");
        md.append("| figure | value |\n|---|---|\n")
                .append("| autonomous resolution rate | ").append(Format.decimal(number(k, "autonomousResolutionRate"), 3)).append(" |\n")
                .append("| SLA attainment | ").append(Format.decimal(number(k, "slaAttainment"), 3)).append(" |\n")
                .append("| cost per resolved work order | ").append(k.path("costPerResolvedWorkOrder").asString("–")).append(" |\n")
                .append("| repeat-issue rate | ").append(Format.decimal(number(k, "repeatIssueRate"), 3)).append(" |\n")
                .append("| time to acknowledge p50 / p95 | ").append(seconds(k.path("timeToAcknowledge"), "p50Seconds"))
                .append(" / ").append(seconds(k.path("timeToAcknowledge"), "p95Seconds")).append(" |\n")
                .append("| time to dispatch p50 / p95 | ").append(seconds(k.path("timeToDispatch"), "p50Seconds"))
                .append(" / ").append(seconds(k.path("timeToDispatch"), "p95Seconds")).append(" |\n")
                .append("| runs / resolved / autonomous / escalated runs / manager touches | ")
                .append(k.path("counts").path("runs").asString()).append(" / ").append(k.path("counts").path("resolved").asString())
                .append(" / ").append(k.path("counts").path("autonomous").asString()).append(" / ")
                .append(k.path("counts").path("escalatedRuns").asString()).append(" / ")
                .append(k.path("counts").path("managerTouches").asString()).append(" |\n\n");
        return md.toString();
    }

    String lost() {
        var l = f.lost();
        return "## Nothing lost\n\n| | count |\n|---|---|\n"
                + "| events whose hand-over failed | " + l.handOversFailed() + " |\n"
                + "| runs still queued or running at the end | " + l.runsUnfinished() + " |\n"
                + "| runs that never settled | " + l.stuckRuns() + " |\n"
                + "| webhooks the intake refused | " + l.webhooksRefused() + " |\n"
                + "| task runs still open at the end (waiting or escalated: not lost, unfinished) | " + l.openAtEnd() + " |\n\n";
    }

    private static String seconds(JsonNode percentiles, String key) {
        return percentiles.path(key).isNumber()
                ? Format.duration(Duration.ofMillis(Math.round(1000 * percentiles.path(key).asDouble()))) : "–";
    }

    private static Double number(JsonNode node, String key) {
        return node.path(key).isNumber() ? node.path(key).asDouble() : null;
    }
}
