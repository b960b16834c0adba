package dev.opscore.jobs.maintenance;

import dev.opscore.db.event.EventRow;
import dev.opscore.db.run.SignalRow;
import dev.opscore.db.run.StepRow;
import dev.opscore.jobs.exception.ExceptionCategory;
import dev.opscore.jobs.exception.Severity;
import dev.opscore.jobs.runtime.DecisionKind;
import dev.opscore.jobs.runtime.Next;
import dev.opscore.jobs.runtime.RunStatus;
import dev.opscore.jobs.runtime.RunView;
import dev.opscore.jobs.runtime.Workflow;
import dev.opscore.policy.Category;
import dev.opscore.policy.ReasonCode;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.NewMessage;
import dev.opscore.tools.pms.message.MessageThread;
import dev.opscore.tools.pms.message.NewThread;
import dev.opscore.tools.pms.notification.NewNotification;
import dev.opscore.tools.pms.notification.Notification;
import dev.opscore.tools.pms.workorder.Assignment;
import dev.opscore.tools.pms.workorder.BidRequest;
import dev.opscore.tools.pms.workorder.NewNote;
import dev.opscore.tools.pms.workorder.NewWorkOrder;
import dev.opscore.tools.pms.workorder.StatusChange;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import dev.opscore.policy.Recipient;
import dev.opscore.tools.registry.BidTools.BidAcceptance;
import dev.opscore.tools.registry.BidTools.BidAsk;
import dev.opscore.tools.registry.BidTools.BidQuery;
import dev.opscore.tools.registry.ById;
import dev.opscore.tools.registry.MessageTools.MessagePost;
import dev.opscore.tools.registry.WorkOrderTools.VendorDispatch;
import dev.opscore.tools.registry.WorkOrderTools.WorkOrderNote;
import dev.opscore.tools.registry.WorkOrderTools.WorkOrderTransition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Workflow A, the maintenance autopilot (seed §5): classify → create or update the work order →
 * troubleshoot first where safe → bids above the auto-approve limit, else the best covering vendor
 * → dispatch → acknowledge the tenant → SLA timers (next vendor, then escalate) → verify, close out,
 * satisfaction ping, vendor review prompt, vendor memory. Emergencies get the property's safety
 * instructions at once and a CRITICAL exception. Vendor answers, status changes and tenant replies
 * reach the run as signals through correlation keys ({@code wo:<id>}, {@code thread:<id>}).
 *
 * <p>{@link #next} reads only the run's history, so a crashed run resumes where it stopped and a
 * finished run can be replayed.
 */
@Component
@Order(10)
class MaintenanceWorkflow implements Workflow {

    static final String NAME = "maintenance";
    static final String ROUTE = "route-signal";
    static final String CONTEXT = "read-context";
    static final String TRIAGE = "triage";
    static final String RISK = "escalate-risk";
    static final String NOTE_DUPLICATE = "update-work-order";
    static final String CREATE = "create-work-order";
    static final String MARK_TRIAGED = "mark-triaged";
    static final String OPEN_THREAD = "open-thread";
    static final String SAFETY_NOTICE = "safety-notice";
    static final String TROUBLESHOOT = "troubleshooting-steps";
    static final String RESOLVED_BY_TENANT = "close-resolved-by-tenant";
    static final String TELL_RESOLVED = "tell-tenant-resolved";
    static final String DISPATCH = "dispatch-";
    static final String WITHDRAW = "withdraw-";
    static final String REQUEST_BID = "request-bid-";
    static final String LIST_BIDS = "list-bids";
    static final String ACCEPT_BID = "dispatch-accepted-bid";
    static final String ACK = "acknowledge-tenant";
    static final String EMERGENCY_ALERT = "emergency-exception";
    static final String NO_VENDOR = "escalate-no-vendor";
    static final String LATE = "escalate-late-completion";
    static final String VERIFY = "verify-completion";
    static final String CLOSE_OUT = "close-out";
    static final String PING = "satisfaction-ping";
    static final String REVIEW = "vendor-review-prompt";
    static final String MEMORY = "update-vendor-memory";
    static final String RATING = "record-rating";
    static final String TELL_REJECTED = "tell-tenant-rejected";
    static final String CANCEL = "cancel-work-order";
    /** How waits for a tenant's answer begin: only such a wait takes the tenant's next message as an answer. */
    static final String TENANT_ANSWER = "the tenant's";

    private static final Set<String> HANDLED = Set.of("TENANT_MESSAGE", "INCIDENT", "PM_TASK_DUE", "VENDOR_RESPONSE",
            "WORK_ORDER_STATUS_CHANGED");
    private static final Set<String> SIGNAL_TYPES = Set.of("VENDOR_RESPONSE", "WORK_ORDER_STATUS_CHANGED");

    private final MaintenanceReads reads;
    private final SignalRouting routing;
    private final VendorScores scores;

    MaintenanceWorkflow(MaintenanceReads reads, SignalRouting routing, VendorScores scores) {
        this.reads = reads;
        this.routing = routing;
        this.scores = scores;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(EventRow trigger) {
        return HANDLED.contains(trigger.type());
    }

    @Override
    public Next next(RunView view) {
        Trigger trigger = Trigger.of(view.trigger());
        UUID runId = view.run().id();
        int order = view.nextOrder();
        boolean signalType = SIGNAL_TYPES.contains(trigger.type());
        if (signalType || trigger.threadId() != null) {
            Optional<Map<String, Object>> routed = view.output(ROUTE);
            if (routed.isEmpty()) {
                return new Next.Compute(ROUTE, Map.of("type", trigger.type()),
                        () -> routing.route(view.trigger(), runId));
            }
            if (routed.get().get("deliveredTo") != null) {
                return new Next.Finish(RunStatus.COMPLETED, "Delivered to run " + routed.get().get("deliveredTo"), null);
            }
            if (signalType) {
                return new Next.Finish(RunStatus.COMPLETED, "No run is waiting for this " + trigger.type(), null);
            }
        }
        Optional<Map<String, Object>> context = view.output(CONTEXT);
        if (context.isEmpty()) {
            return new Next.Compute(CONTEXT, Map.of("type", trigger.type()), () -> reads.context(runId, order, trigger));
        }
        Optional<Map<String, Object>> triage = view.output(TRIAGE);
        if (triage.isEmpty()) {
            return new Next.Compute(TRIAGE, Map.of("type", trigger.type()), () -> reads.triage(runId, order, trigger));
        }
        return new Plan(view, context.get(), triage.get()).next();
    }

    /** One planning pass over the run's history. */
    private final class Plan {

        private final RunView view;
        private final Map<String, Object> context;
        private final Map<String, Object> triage;
        private final Category category;
        private final Priority priority;
        private final List<String> flags;
        private final Situation sit;
        private final ExceptionDrafts drafts;
        private final RunOutcomes outcomes;

        Plan(RunView view, Map<String, Object> context, Map<String, Object> triage) {
            this.view = view;
            this.context = context;
            this.triage = triage;
            String c = Facts.text(triage, "category");
            String p = Facts.text(triage, "priority");
            this.category = c == null ? Category.GENERAL : Category.valueOf(c);
            this.priority = p == null ? Priority.ROUTINE : Priority.valueOf(p);
            this.flags = Facts.strings(triage, "riskFlags");
            this.sit = new Situation(view, context, triage, category, priority, flags);
            this.drafts = new ExceptionDrafts(sit);
            this.outcomes = new RunOutcomes(sit);
        }

        Next next() {
            if (!"MAINTENANCE_INTAKE".equals(Facts.text(triage, "intent"))) {
                return notMaintenance();
            }
            if (rejected()) {
                return rejection();
            }
            String workOrderId = sit.workOrderId();
            if (workOrderId == null) {
                Optional<Map<String, Object>> duplicate = sit.duplicate();
                if (duplicate.isPresent() && !view.done(NOTE_DUPLICATE)) {
                    return noteDuplicate(Facts.text(duplicate.get(), "id"));
                }
                if (duplicate.isEmpty()) {
                    return create();
                }
                workOrderId = Facts.text(duplicate.get(), "id");
            }
            Optional<Map<String, Object>> duplicate = sit.duplicate();
            if (view.done(NOTE_DUPLICATE) && duplicate.isPresent() && Facts.text(duplicate.get(), "vendorId") != null) {
                return alreadyInHand(workOrderId);
            }
            boolean created = view.done(CREATE) || duplicate.map(d -> "NEW".equals(d.get("status"))).orElse(false);
            if (created && !view.done(MARK_TRIAGED)) {
                return transition(MARK_TRIAGED, workOrderId, WorkOrderStatus.TRIAGED, "Triaged by OpsCore");
            }
            if (sit.tenantId() != null && sit.threadId() == null && !view.done(OPEN_THREAD)) {
                return openThread(workOrderId);
            }
            if (priority == Priority.EMERGENCY && sit.threadId() != null && !view.done(SAFETY_NOTICE)) {
                return tenantMessage(SAFETY_NOTICE, TenantNotices.safety(
                        Facts.text(Facts.map(context, "property"), "emergencyInstructions"), workOrderId),
                        "MAINTENANCE_INTAKE");
            }
            Optional<Next> troubleshooting = troubleshooting(workOrderId);
            if (troubleshooting.isPresent()) {
                return troubleshooting.get();
            }
            BigDecimal estimate = ServiceTargets.estimate(category, priority, Boolean.TRUE.equals(triage.get("largeJob")));
            BigDecimal limit = Facts.amount(context, "autoApproveMax");
            boolean overLimit = priority != Priority.EMERGENCY && limit != null && estimate.compareTo(limit) > 0;
            boolean bids = overLimit && (!view.stepsNamed(REQUEST_BID).isEmpty() || (noDispatchYet() && !approvedWithVendor()));
            if (bids && !bidsAbandoned()) {
                Optional<Next> bidding = bidding(workOrderId, estimate);
                if (bidding.isPresent()) {
                    return bidding.get();
                }
            }
            return dispatching(workOrderId, estimate);
        }

        // ---- intake ------------------------------------------------------------------------

        private Next notMaintenance() {
            if (Boolean.TRUE.equals(triage.get("escalate")) && !view.done(RISK)) {
                return new Next.Escalate(RISK, drafts.exception(Severity.HIGH, drafts.riskCategory(), "Tenant message needs a person",
                        "A tenant message (" + Facts.text(triage, "intent") + ") carries " + flags
                                + "; a person must own the reply.",
                        List.of(), "Reply to the tenant yourself", "Call the tenant today"), false);
            }
            return new Next.Finish(RunStatus.COMPLETED, "Not a maintenance request (" + Facts.text(triage, "intent")
                    + "); left to tenant communications", null);
        }

        private Next create() {
            NewWorkOrder body = new NewWorkOrder(view.run().propertyId(), sit.unitId(), sit.tenantId(), category, priority,
                    category.name().charAt(0) + category.name().substring(1).toLowerCase().replace('_', ' ')
                            + " issue reported (" + priority.name().toLowerCase() + ")",
                    "Opened by OpsCore from " + Trigger.of(view.trigger()).type().toLowerCase().replace('_', ' '),
                    ServiceTargets.estimate(category, priority, Boolean.TRUE.equals(triage.get("largeJob"))), List.of());
            return new Next.Call(CREATE, "workorders.create", body, sit.action("WORK_ORDER_CREATE"), null,
                    d -> drafts.held(d, "Approve creating the work order", "Approve"), Set.of(), false);
        }

        private Next noteDuplicate(String workOrderId) {
            return new Next.Call(NOTE_DUPLICATE, "workorders.note", new WorkOrderNote(workOrderId,
                    new NewNote("OpsCore", "The tenant reported this again (" + priority.name().toLowerCase() + ").")),
                    sit.action("WORK_ORDER_UPDATE"), null, d -> drafts.held(d, "Approve updating the work order", "Approve"),
                    Set.of(), false);
        }

        private Next alreadyInHand(String workOrderId) {
            if (sit.threadId() != null && !view.done(ACK)) {
                return tenantMessage(ACK, TenantNotices.duplicate(workOrderId), "MAINTENANCE_INTAKE");
            }
            return new Next.Finish(RunStatus.COMPLETED, "Added to open work order " + workOrderId
                    + ", which a vendor already has", null);
        }

        private Next openThread(String workOrderId) {
            return new Next.Call(OPEN_THREAD, "threads.open", new NewThread(view.run().propertyId(), sit.unitId(), sit.tenantId(),
                    "Work order " + workOrderId, MessageThread.Channel.SMS), sit.tenantAction("MAINTENANCE_INTAKE"), null,
                    d -> drafts.held(d, "Approve contacting the tenant", "Approve"), Set.of(), false);
        }

        private Optional<Next> troubleshooting(String workOrderId) {
            String hint = Facts.text(triage, "troubleshooting");
            if (hint == null || priority == Priority.EMERGENCY || sit.threadId() == null) {
                return Optional.empty();
            }
            Optional<StepRow> sent = view.last(TROUBLESHOOT).filter(s -> "DONE".equals(s.status()));
            if (sent.isEmpty()) {
                return view.last(TROUBLESHOOT).isPresent() ? Optional.empty()
                        : Optional.of(tenantMessage(TROUBLESHOOT, TenantNotices.troubleshooting(Troubleshooting.valueOf(hint)),
                        "MAINTENANCE_INTAKE"));
            }
            Optional<SignalRow> answer = sit.signalsAfter(sent.get()).stream()
                    .filter(s -> "TENANT_REPLY".equals(s.payload().get("kind"))).findFirst();
            if (answer.isPresent() && Boolean.TRUE.equals(answer.get().payload().get("fixed"))) {
                if (!view.done(RESOLVED_BY_TENANT)) {
                    return Optional.of(transition(RESOLVED_BY_TENANT, workOrderId, WorkOrderStatus.CANCELLED,
                            "Resolved by the tenant's troubleshooting"));
                }
                if (!view.done(TELL_RESOLVED)) {
                    return Optional.of(tenantMessage(TELL_RESOLVED, TenantNotices.troubleshootingResolved(workOrderId),
                            "STATUS_UPDATE"));
                }
                return Optional.of(new Next.Finish(RunStatus.COMPLETED, "Resolved by the tenant's troubleshooting",
                        outcomes.outcome(workOrderId, true, BigDecimal.ZERO, null)));
            }
            Instant deadline = sent.get().completedAt().plus(ServiceTargets.troubleshootingWindow());
            if (answer.isEmpty() && view.now().isBefore(deadline) && noDispatchYet()) {
                return Optional.of(new Next.Wait(deadline, sit.keys(workOrderId), TENANT_ANSWER + " troubleshooting answer"));
            }
            return Optional.empty();
        }

        // ---- bids ----------------------------------------------------------------------------

        private Optional<Next> bidding(String workOrderId, BigDecimal estimate) {
            if (view.done(ACCEPT_BID)) {
                return Optional.empty();
            }
            List<String> requested = view.stepsNamed(REQUEST_BID).stream().map(s -> s.name().substring(REQUEST_BID.length()))
                    .toList();
            List<String> candidates = VendorChoice.ranked(context, category, Set.of());
            if (requested.isEmpty() && candidates.isEmpty()) {
                return Optional.of(noVendor(workOrderId, "No active vendor covers " + category + " at this property"));
            }
            for (String vendorId : candidates.subList(0, Math.min(3, candidates.size()))) {
                if (!requested.contains(vendorId)) {
                    Instant due = firstBidRequest().map(s -> s.completedAt()).orElse(view.now()).plus(ServiceTargets.bidWindow());
                    return Optional.of(new Next.Call(REQUEST_BID + vendorId, "bids.request",
                            new BidAsk(workOrderId, new BidRequest(vendorId, due)), sit.spendAction("BID_REQUEST", null),
                            null, d -> drafts.held(d, "Approve asking for bids", "Approve"), Set.of(), true));
                }
            }
            Instant due = firstBidRequest().orElseThrow().completedAt().plus(ServiceTargets.bidWindow());
            long asked = view.stepsNamed(REQUEST_BID).stream().filter(s -> "DONE".equals(s.status())).count();
            long answered = view.events().stream().filter(s -> workOrderId.equals(s.payload().get("workOrderId")))
                    .filter(s -> s.payload().get("bidId") != null).count();
            if (!view.done(LIST_BIDS)) {
                if (answered < asked && view.now().isBefore(due)) {
                    return Optional.of(new Next.Wait(due, sit.keys(workOrderId), "bids from " + asked + " vendors"));
                }
                return Optional.of(Next.Call.read(LIST_BIDS, "bids.list", new BidQuery(workOrderId, 0, 50)));
            }
            Optional<Map<String, Object>> best = Facts.list(view.output(LIST_BIDS).orElseThrow(), "items").stream()
                    .filter(b -> "SUBMITTED".equals(b.get("status")))
                    .min(Comparator.comparing((Map<String, Object> b) -> Facts.amount(b, "amount"))
                            .thenComparing(b -> Facts.text(b, "id")));
            Optional<SignalRow> decision = view.decisionFor(view.nextOrder());
            String bidId = decision.map(d -> Facts.text(d.payload(), "bidId")).orElse(null);
            if (bidId == null && best.isEmpty()) {
                if (view.done(NO_VENDOR)) {
                    return Optional.empty();
                }
                return Optional.of(noVendor(workOrderId, "No vendor submitted a bid by " + due));
            }
            String chosen = bidId != null ? bidId : Facts.text(best.get(), "id");
            BigDecimal amount = Facts.list(view.output(LIST_BIDS).orElseThrow(), "items").stream()
                    .filter(b -> chosen.equals(b.get("id"))).findFirst().map(b -> Facts.amount(b, "amount")).orElse(estimate);
            List<String> evidence = Facts.list(view.output(LIST_BIDS).orElseThrow(), "items").stream()
                    .map(b -> Facts.text(b, "vendorId") + " " + b.get("status") + " " + b.get("amount")).toList();
            return Optional.of(new Next.Call(ACCEPT_BID, "bids.accept", new BidAcceptance(workOrderId, chosen),
                    sit.spendAction("BID_ACCEPT", amount), null,
                    d -> drafts.heldWith(d, "Approve bid " + chosen + " at " + amount + " for work order " + workOrderId
                                    + " (estimate " + estimate + ")", evidence,
                            "Approve, reject, or approve with another bidId", "Approve the lowest bid " + chosen),
                    Set.of(), false));
        }

        private Optional<StepRow> firstBidRequest() {
            return view.stepsNamed(REQUEST_BID).stream().filter(s -> "DONE".equals(s.status())).findFirst();
        }

        private boolean bidsAbandoned() {
            return view.done(NO_VENDOR) && !view.done(ACCEPT_BID) && !view.stepsNamed(REQUEST_BID).isEmpty();
        }

        // ---- dispatch and SLA ------------------------------------------------------------------

        private Next dispatching(String workOrderId, BigDecimal estimate) {
            Optional<StepRow> live = liveDispatch(workOrderId);
            if (live.isEmpty()) {
                return nextVendor(workOrderId, estimate);
            }
            if (sit.threadId() != null && !view.done(ACK) && priority != Priority.EMERGENCY) {
                return tenantMessage(ACK, TenantNotices.acknowledgement(workOrderId), "MAINTENANCE_INTAKE");
            }
            if (priority == Priority.EMERGENCY && !view.done(EMERGENCY_ALERT) && !view.done(NO_VENDOR) && !heldBefore()) {
                return new Next.Escalate(EMERGENCY_ALERT, drafts.exception(Severity.CRITICAL, ExceptionCategory.SAFETY,
                        "Emergency in progress: " + category, "Emergency " + category + " reported; safety instructions"
                                + " sent to the tenant and vendor " + sit.vendorOf(live.get()) + " dispatched on " + workOrderId + ".",
                        List.of(), "Confirm someone is on site", "Call the tenant and the vendor now"), false);
            }
            List<SignalRow> after = sit.signalsAfter(live.get());
            if (after.stream().anyMatch(s -> "COMPLETED".equals(s.payload().get("to")))) {
                return closeOut(workOrderId, live.get(), estimate);
            }
            String liveVendor = sit.vendorOf(live.get());
            boolean accepted = after.stream().filter(s -> workOrderId.equals(s.payload().get("workOrderId")))
                    .filter(s -> liveVendor == null || liveVendor.equals(s.payload().get("vendorId")))
                    .anyMatch(s -> "ACCEPTED".equals(s.payload().get("response")));
            if (accepted) {
                Instant target = sit.createdAt().plus(ServiceTargets.completionTarget(priority));
                if (view.now().isBefore(target)) {
                    return new Next.Wait(target, sit.keys(workOrderId), "completion of " + workOrderId);
                }
                if (!view.done(LATE)) {
                    return new Next.Escalate(LATE, drafts.exception(Severity.MEDIUM, ExceptionCategory.SLA,
                            "Work order " + workOrderId + " is late", "Vendor " + sit.vendorOf(live.get())
                                    + " accepted but has not completed by the " + priority + " target " + target + ".",
                            List.of(), "Chase the vendor", "Call the vendor for a completion date"), false);
                }
                return new Next.Wait(target.plus(ServiceTargets.completionTarget(priority)), sit.keys(workOrderId),
                        "completion of " + workOrderId + " (late)");
            }
            Instant deadline = live.get().completedAt().plus(ServiceTargets.vendorAnswerWindow(priority));
            if (view.now().isBefore(deadline)) {
                return new Next.Wait(deadline, sit.keys(workOrderId), "vendor " + sit.vendorOf(live.get()) + " to answer");
            }
            return transition(WITHDRAW + live.get().stepOrder(), workOrderId, WorkOrderStatus.TRIAGED,
                    "No answer from the vendor within " + ServiceTargets.vendorAnswerWindow(priority).toMinutes() + " minutes");
        }

        private Next nextVendor(String workOrderId, BigDecimal estimate) {
            Set<String> tried = new HashSet<>();
            view.stepsNamed(DISPATCH).forEach(s -> tried.add(sit.vendorOf(s)));
            // a vendor who declines at once costs no time: only silence and no-shows count against the SLA
            long failures = view.stepsNamed(DISPATCH).stream().filter(s -> "DONE".equals(s.status()))
                    .filter(s -> missedTheSla(workOrderId, s)).count();
            Optional<SignalRow> decision = sit.lastDecision();
            String chosenByManager = decision.map(d -> Facts.text(d.payload(), "vendorId")).orElse(null);
            boolean freshStart = decision.isPresent() && decision.get().seq() >= lastEscalationSignals();
            if (chosenByManager != null && !tried.contains(chosenByManager)) {
                return dispatch(workOrderId, chosenByManager, amountOr(decision.get(), estimate));
            }
            if (failures >= 2 && !(freshStart && view.done(NO_VENDOR))) {
                return noVendor(workOrderId, failures + " vendors did not answer in time or did not show up");
            }
            List<String> ranked = VendorChoice.ranked(context, category, tried);
            if (ranked.isEmpty()) {
                if (view.done(NO_VENDOR) && !freshStart) {
                    return new Next.Finish(RunStatus.ESCALATED, "No vendor available for " + workOrderId, null);
                }
                return noVendor(workOrderId, tried.isEmpty() ? "No active vendor with capacity covers " + category
                        + " at this property" : "Every covering vendor was tried");
            }
            return dispatch(workOrderId, ranked.get(0), estimate);
        }

        private boolean missedTheSla(String workOrderId, StepRow dispatch) {
            String vendorId = sit.vendorOf(dispatch);
            return view.done(WITHDRAW + dispatch.stepOrder()) || sit.signalsAfter(dispatch).stream()
                    .filter(signal -> workOrderId.equals(signal.payload().get("workOrderId")))
                    .filter(signal -> vendorId == null || vendorId.equals(signal.payload().get("vendorId")))
                    .anyMatch(signal -> "VENDOR_NO_SHOW".equals(signal.payload().get("reason")));
        }

        private Next dispatch(String workOrderId, String vendorId, BigDecimal amount) {
            Map<String, Object> action = sit.spendAction("VENDOR_DISPATCH", amount);
            action.put("vendorOpenWorkOrders", VendorChoice.openWorkOrders(context, vendorId));
            int attempt = view.stepsNamed(DISPATCH).size() + 1;
            return new Next.Call(DISPATCH + attempt, "workorders.assign",
                    new VendorDispatch(workOrderId, new Assignment(vendorId, amount)), action,
                    new Next.Verification("workorders.get", new ById(workOrderId), "DISPATCHED to " + vendorId,
                            wo -> vendorId.equals(wo.get("vendorId"))),
                    d -> drafts.heldWith(d, "Dispatch vendor " + vendorId + " to work order " + workOrderId + " ("
                                    + category + ", " + priority + ", not to exceed " + amount + ")",
                            List.of("estimate " + amount, "vendor " + vendorId),
                            "Approve the dispatch, approve with another vendorId or amount, or reject",
                            "Approve dispatching " + vendorId),
                    Set.of(ReasonCode.VENDOR_AT_CAPACITY), true);
        }

        private Next noVendor(String workOrderId, String why) {
            return new Next.Escalate(NO_VENDOR, drafts.exception(priority == Priority.EMERGENCY ? Severity.CRITICAL : Severity.HIGH,
                    ExceptionCategory.SLA, "No vendor for " + workOrderId, why + " (" + category + ", " + priority
                            + ", work order " + workOrderId + ").", List.of(),
                    "Approve with a vendorId to dispatch, or reject to cancel the work order",
                    "Pick a vendor outside the usual list"), true);
        }

        /** The latest dispatch still in play: done, and neither declined, withdrawn nor sent back to triage since. */
        private Optional<StepRow> liveDispatch(String workOrderId) {
            // an accepted bid dispatches its vendor too, and its step name shares the prefix
            List<StepRow> dispatches = new ArrayList<>(view.stepsNamed(DISPATCH));
            for (int i = dispatches.size() - 1; i >= 0; i--) {
                StepRow step = dispatches.get(i);
                if (!"DONE".equals(step.status())) {
                    continue;
                }
                boolean withdrawn = view.done(WITHDRAW + step.stepOrder());
                // only this vendor's own decline or no-show ends this dispatch: an earlier vendor's
                // decline can arrive as two webhooks, the second after the next vendor was dispatched
                String vendorId = sit.vendorOf(step);
                boolean bounced = sit.signalsAfter(step).stream()
                        .filter(s -> workOrderId.equals(s.payload().get("workOrderId")))
                        .filter(s -> s.payload().get("vendorId") == null || s.payload().get("vendorId").equals(vendorId))
                        .anyMatch(s -> "DECLINED".equals(s.payload().get("response")) || "TRIAGED".equals(s.payload().get("to")));
                return withdrawn || bounced ? Optional.empty() : Optional.of(step);
            }
            return Optional.empty();
        }

        private boolean noDispatchYet() {
            return view.stepsNamed(DISPATCH).stream().noneMatch(s -> "DONE".equals(s.status()));
        }

        private boolean approvedWithVendor() {
            return sit.lastDecision().map(d -> Facts.text(d.payload(), "vendorId") != null).orElse(false);
        }

        // ---- completion ------------------------------------------------------------------------

        private Next closeOut(String workOrderId, StepRow dispatch, BigDecimal estimate) {
            if (!view.done(VERIFY)) {
                return Next.Call.read(VERIFY, "workorders.get", new ById(workOrderId));
            }
            Map<String, Object> verified = view.output(VERIFY).orElseThrow();
            if (!view.done(CLOSE_OUT)) {
                return new Next.Call(CLOSE_OUT, "workorders.transition", new WorkOrderTransition(workOrderId,
                        new StatusChange(WorkOrderStatus.CLOSED, "Completed and verified by OpsCore")),
                        sit.action("WORK_ORDER_CLOSE"),
                        new Next.Verification("workorders.get", new ById(workOrderId), "CLOSED",
                                wo -> "CLOSED".equals(wo.get("status"))),
                        d -> drafts.held(d, "Approve closing the work order", "Approve"), Set.of(), false);
            }
            if (sit.threadId() != null && !view.done(PING)) {
                return tenantMessage(PING, TenantNotices.satisfactionPing(workOrderId), "STATUS_UPDATE");
            }
            String vendorId = sit.vendorOf(dispatch);
            if (!view.done(REVIEW)) {
                return new Next.Call(REVIEW, "notifications.send", new NewNotification(Recipient.STAFF, "staff",
                        Notification.NotificationChannel.IN_APP, "Review vendor " + vendorId,
                        "Work order " + workOrderId + " was completed by vendor " + vendorId + " at "
                                + verified.get("actualCost") + " (estimate " + estimate + "). Please review the vendor."),
                        sit.staffAction(), null, d -> drafts.held(d, "Approve the review prompt", "Approve"), Set.of(), false);
            }
            BigDecimal actual = Facts.amount(verified, "actualCost");
            Instant completedAt = Facts.instant(verified, "completedAt");
            boolean onTime = completedAt != null && !completedAt.isAfter(sit.createdAt().plus(ServiceTargets.completionTarget(priority)));
            if (!view.done(MEMORY)) {
                boolean repeat = sit.repeatIssue();
                return new Next.Compute(MEMORY, Map.of("vendorId", vendorId, "onTime", onTime, "repeat", repeat),
                        () -> scores.recordJob(vendorId, onTime, actual, estimate, repeat));
            }
            Optional<StepRow> ping = view.last(PING).filter(s -> "DONE".equals(s.status()));
            if (ping.isPresent()) {
                Optional<Integer> rating = sit.signalsAfter(ping.get()).stream()
                        .map(s -> s.payload().get("rating")).filter(r -> r instanceof Number)
                        .map(r -> ((Number) r).intValue()).findFirst();
                if (rating.isPresent() && !view.done(RATING)) {
                    int stars = rating.get();
                    return new Next.Compute(RATING, Map.of("vendorId", vendorId, "rating", stars),
                            () -> scores.recordRating(vendorId, stars));
                }
                Instant until = ping.get().completedAt().plus(ServiceTargets.satisfactionWindow());
                if (rating.isEmpty() && view.now().isBefore(until)) {
                    return new Next.Wait(until, sit.keys(workOrderId), TENANT_ANSWER + " rating");
                }
            }
            return new Next.Finish(RunStatus.COMPLETED, "Work order " + workOrderId + " completed by " + vendorId
                    + " and closed", outcomes.outcome(workOrderId, true, actual, completedAt));
        }

        private boolean rejected() {
            return view.signals().stream().anyMatch(s -> "DECISION".equals(s.kind())
                    && DecisionKind.of(s.payload()) == DecisionKind.REJECT);
        }

        private Next rejection() {
            String workOrderId = sit.workOrderId();
            if (workOrderId != null && sit.threadId() != null && !view.done(TELL_REJECTED)) {
                return tenantMessage(TELL_REJECTED, TenantNotices.rejected(workOrderId), "STATUS_UPDATE");
            }
            if (workOrderId != null && view.last(CANCEL).isEmpty()) {
                return new Next.Call(CANCEL, "workorders.transition", new WorkOrderTransition(workOrderId,
                        new StatusChange(WorkOrderStatus.CANCELLED, "Rejected by the manager")),
                        sit.action("WORK_ORDER_CLOSE"), null, d -> drafts.held(d, "Approve cancelling", "Approve"), Set.of(), true);
            }
            return new Next.Finish(RunStatus.COMPLETED, "Rejected by the manager; the tenant was told",
                    outcomes.outcome(workOrderId, false, null, null));
        }

        // ---- building blocks -------------------------------------------------------------------

        private Next transition(String name, String workOrderId, WorkOrderStatus to, String reason) {
            String type = to == WorkOrderStatus.CANCELLED || to == WorkOrderStatus.CLOSED ? "WORK_ORDER_CLOSE" : "WORK_ORDER_UPDATE";
            return new Next.Call(name, "workorders.transition", new WorkOrderTransition(workOrderId,
                    new StatusChange(to, reason)), sit.action(type), null,
                    d -> drafts.held(d, "Approve moving the work order to " + to, "Approve"), Set.of(), true);
        }

        private Next tenantMessage(String name, String body, String intent) {
            return new Next.Call(name, "messages.post", new MessagePost(sit.threadId(),
                    new NewMessage(Message.Direction.OUTBOUND, "OpsCore", body)), sit.tenantAction(intent), null,
                    d -> drafts.heldWith(d, "Message to the tenant held: " + name, List.of("risk flags " + flags),
                            "Approve sending it, or reject and reply yourself",
                            flags.isEmpty() ? "Approve" : "Reply yourself; the message carries " + flags), Set.of(), false);
        }

        private int lastEscalationSignals() {
            return view.last(NO_VENDOR).map(s -> s.input() instanceof Map<?, ?> in
                    && in.get("_signalsSeen") instanceof Number n ? n.intValue() : 0).orElse(Integer.MAX_VALUE);
        }

        private boolean heldBefore() {
            // a manager already decided on (or is deciding on) an exception of this run
            return view.signals().stream().anyMatch(s -> "DECISION".equals(s.kind()))
                    || view.steps().stream().anyMatch(s -> s.output() instanceof Map<?, ?> out && out.get("exceptionId") != null);
        }

        private BigDecimal amountOr(SignalRow decision, BigDecimal otherwise) {
            BigDecimal amount = Facts.amount(decision.payload(), "amount");
            return amount != null ? amount : otherwise;
        }

    }
}
