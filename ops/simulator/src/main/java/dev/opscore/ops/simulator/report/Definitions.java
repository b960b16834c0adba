package dev.opscore.ops.simulator.report;

/** How the report's figures are defined (the same words as the issue, made exact). */
final class Definitions {

    private Definitions() {
    }

    static final String MARKDOWN = """
            ## Definitions

            - **Event**: one thing the scenario hands to OpsCore: a tenant's message (through the sandbox PMS, whose
              webhook reaches OpsCore's intake), an incident or a PM task falling due (posted to `POST /api/agent/events`).
              Each has the ground truth the scenario generated with it. Tenants' answers to troubleshooting steps and
              to satisfaction pings, vendors' answers and the manager's decisions are the world's reactions, not events.
            - **Task**: an event that should lead to work: a message whose true intent is MAINTENANCE_INTAKE, an
              incident, a PM task. Other messages (questions, complaints, notices) are counted apart. **Routine**: the
              ground truth's `routine` (a non-emergency repair without risk flags, in an auto-assignable category,
              typically under the 750 limit); a PM task is routine by the same rule, when its schedule's category
              is one the default policy auto-assigns (PLUMBING, HVAC, ELECTRICAL, GENERAL).
            - **Completed without a manager**: the event's run recorded an outcome with `resolved` and `autonomous`
              true (a vendor finished the job and it was verified and closed, or the tenant's troubleshooting fixed
              it), and the simulated manager answered nothing of that run. Runs still open when the month is cut
              off count as not completed.
            - **Manager touch**: one answer of the simulated manager: a decision on an exception that paused a run
              (`POST /api/agent/exceptions/{id}/decision`) or resolving one that paused nothing (`PATCH`). The
              manager answers CRITICAL items within 15 minutes at any hour, HIGH ones after 2 hours and the rest
              after 8, both in business hours (09:00–18:00 local, Monday to Friday); approves, except one spend
              approval in ten (rejected), a missing vendor (the best covering vendor not tried yet, or a
              rejection when there is none) and a failed step (one retry per run; none for a plan that did not
              converge). Per 100 tasks: all touches / tasks × 100.
            - **Escalation**: predicted = the event's run opened any exception; actual = the ground truth's
              `mustEscalate` (a risk flag, or EMERGENCY). Over every event. Precision = escalated and must /
              escalated; recall = escalated and must / must. Every missed must-escalate case is listed.
            - **Action outside policy**: a PMS write in OpsCore's action log that went through although its recorded
              policy decision is not ALLOW and its reasons lack `APPROVED_BY_MANAGER`, or any call that went through
              under BLOCK. Must be 0.
            - **Duplicate side effect**: an effect in the PMS beyond what OpsCore recorded: per effect, the sandbox's
              own count against OpsCore's successful calls (work orders against `workorders.create`, OUTBOUND
              messages against `messages.post`, "dispatched to" notes against `workorders.assign` + `bids.accept`,
              bids against `bids.request`, notifications against `notifications.send`), plus any step of a run whose
              write went through twice. Must be 0. Beside it, by `Idempotency-Key`, effects the PMS served for a call
              OpsCore recorded as failed (the client gave up, the PMS acted).
            - **SLA attainment** (by the ground truth's priority; PM tasks ROUTINE): runs whose outcome says the vendor
              completed the work within the target from the work order's creation (EMERGENCY 24 h, URGENT 3 days,
              ROUTINE 7 days) / runs with a verdict (work a vendor completed). **Time to acknowledgement / to
              dispatch**: from the event to the run's first message to the tenant (acknowledgement, safety notice or
              troubleshooting steps) / its first successful dispatch, in virtual time, p50 and p95 interpolated
              (like PostgreSQL's `percentile_cont`). **Cost per resolved work order**: the vendors' invoiced cost
              summed over resolved tasks with a cost / their number. **Repeat-issue rate**: resolved tasks whose outcome
              says `repeatIssue` (the unit had the same category completed in the 30 days before) / resolved tasks.
            - All times are the world's virtual time. Wall time appears only under "About this run".

            """;
}
