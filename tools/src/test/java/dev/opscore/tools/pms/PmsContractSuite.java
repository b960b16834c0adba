package dev.opscore.tools.pms;

import static dev.opscore.tools.pms.PmsContractSupport.all;
import static dev.opscore.tools.pms.PmsContractSupport.assertPaging;
import static dev.opscore.tools.pms.PmsContractSupport.key;
import static dev.opscore.tools.pms.PmsContractSupport.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import dev.opscore.policy.Recipient;
import dev.opscore.tools.pms.application.RentalApplication;
import dev.opscore.tools.pms.client.PermanentPmsFailure;
import dev.opscore.tools.pms.client.PmsClients;
import dev.opscore.tools.pms.client.PmsConflict;
import dev.opscore.tools.pms.client.PmsCredential;
import dev.opscore.tools.pms.client.PmsEndpoint;
import dev.opscore.tools.pms.client.PmsFailure;
import dev.opscore.tools.pms.client.PmsNotFound;
import dev.opscore.tools.pms.client.PmsValidationFailure;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.compliance.ComplianceItem.ComplianceStatus;
import dev.opscore.tools.pms.compliance.ComplianceUpdate;
import dev.opscore.tools.pms.inspection.Inspection;
import dev.opscore.tools.pms.inspection.Inspection.InspectionStatus;
import dev.opscore.tools.pms.inspection.InspectionResult;
import dev.opscore.tools.pms.inspection.NewInspection;
import dev.opscore.tools.pms.lease.Lease;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.MessageThread;
import dev.opscore.tools.pms.message.NewMessage;
import dev.opscore.tools.pms.message.NewThread;
import dev.opscore.tools.pms.message.ThreadStatusChange;
import dev.opscore.tools.pms.notification.NewNotification;
import dev.opscore.tools.pms.notification.Notification;
import dev.opscore.tools.pms.pm.PmCompletion;
import dev.opscore.tools.pms.pm.PmSchedule;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.workorder.Assignment;
import dev.opscore.tools.pms.workorder.Bid;
import dev.opscore.tools.pms.workorder.BidRequest;
import dev.opscore.tools.pms.workorder.NewNote;
import dev.opscore.tools.pms.workorder.NewWorkOrder;
import dev.opscore.tools.pms.workorder.StatusChange;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderChanges;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PMS contract, as one test suite that every implementation runs through the Feign clients
 * (the sandbox in {@code ops/sandbox}; a customer's PMS in a rehearsal). Extend it and return the
 * clients from {@link #pms()}, e.g. {@code clientsFor("http://127.0.0.1:" + port, PmsCredential.bearer(token))}.
 *
 * <p>It works on the seeded demo portfolio without knowing its ids (a few properties with occupied
 * units, about 20 active vendors covering every trade, leases, applications, compliance items and
 * PM schedules) and creates what else it needs under unique titles, so it can run again on the
 * same data. Fault injection must be off. What it assumes beyond the contract's Javadoc:
 * validation failures are 400 or 422 problem+json naming the {@code field}; list {@code size}
 * outside 1..200 is such a failure; unknown ids are 404 (also for writes); an illegal move is 409;
 * a bid can be accepted while REQUESTED; a PM completion dated on the schedule's due date is
 * accepted and moves the due date to completion + interval; idempotency as Stripe's (same key and
 * body: the stored answer; other body: 422; concurrent duplicates: one effect — a duplicate still
 * in flight may be answered 409 or 5xx, and then answers the stored result on retry).
 */
public abstract class PmsContractSuite {

    private static final int DUPLICATES = 16;

    private PmsApis pms;
    private PmsContractSupport data;

    /** The implementation under test, through the Feign clients of {@code pms.client}. */
    protected abstract PmsApis pms();

    /** Feign clients for a PMS at {@code baseUrl}. */
    protected static PmsApis clientsFor(String baseUrl, PmsCredential credential) {
        return new PmsClients(PmsEndpoint.fixed(baseUrl, credential)).apis();
    }

    @BeforeEach
    void connect() {
        pms = pms();
        data = new PmsContractSupport(pms);
    }

    // --- properties, units, tenants ---------------------------------------------------------------------------

    @Test
    void propertiesPageAndResolveWithTheirTimeZone() {
        assertPaging(pms.properties()::listProperties, Property::id);
        for (Property listed : all(pms.properties()::listProperties)) {
            Property read = pms.properties().getProperty(listed.id());
            assertThat(read).isEqualTo(listed);
            assertThat(ZoneId.of(read.timezone())).isNotNull();
        }
    }

    @Test
    void unitsPageAndTheirTenantsResolve() {
        Unit unit = data.occupiedUnit();
        assertPaging((page, size) -> pms.properties().listUnits(unit.propertyId(), page, size), Unit::id);
        Tenant tenant = pms.properties().getTenant(unit.tenantIds().get(0));
        assertThat(tenant.id()).isEqualTo(unit.tenantIds().get(0));
        assertThat(tenant.propertyId()).isEqualTo(unit.propertyId());
    }

    @Test
    void unknownIdsAreNotFound() {
        String unknown = "does-not-exist-" + key();
        List<ThrowingCallable> reads = List.of(() -> pms.properties().getProperty(unknown),
                () -> pms.properties().getTenant(unknown), () -> pms.workOrders().get(unknown),
                () -> pms.messages().getThread(unknown), () -> pms.vendors().get(unknown),
                () -> pms.compliance().get(unknown), () -> pms.pmSchedules().get(unknown),
                () -> pms.inspections().get(unknown), () -> pms.leases().get(unknown),
                () -> pms.applications().get(unknown), () -> pms.notifications().get(unknown),
                () -> pms.workOrders().changeStatus(key(), unknown,
                        new StatusChange(WorkOrderStatus.TRIAGED, null)));
        for (ThrowingCallable read : reads) {
            assertThatThrownBy(read).isInstanceOf(PmsNotFound.class);
        }
    }

    @Test
    void aPageSizeOutsideTheContractIsAValidationFailure() {
        for (int size : new int[] {0, Page.MAX_SIZE + 1}) {
            assertThatThrownBy(() -> pms.vendors().list(null, null, 0, size))
                    .isInstanceOfSatisfying(PmsValidationFailure.class,
                            failure -> assertThat(failure.field()).hasValue("size"));
        }
    }

    // --- vendors ----------------------------------------------------------------------------------------------

    @Test
    void vendorsPageCoverEveryTradeAndFilterByProperty() {
        assertPaging((page, size) -> pms.vendors().list(null, null, page, size), Vendor::id);
        for (Category trade : Category.values()) {
            List<Vendor> vendors = all((page, size) -> pms.vendors().list(trade, null, page, size));
            assertThat(vendors).as("vendors of %s", trade).isNotEmpty()
                    .allSatisfy(vendor -> assertThat(vendor.trades()).contains(trade));
        }
        Property property = data.property();
        assertThat(all((page, size) -> pms.vendors().list(null, property.id(), page, size))).isNotEmpty()
                .allSatisfy(vendor -> assertThat(vendor.propertyIds()).contains(property.id()));
        Vendor listed = pms.vendors().list(null, null, 0, 1).items().get(0);
        assertThat(pms.vendors().get(listed.id())).extracting(Vendor::id, Vendor::name, Vendor::trades)
                .containsExactly(listed.id(), listed.name(), listed.trades());
    }

    // --- work orders ------------------------------------------------------------------------------------------

    @Test
    void aWorkOrderIsCreatedReadAndListed() {
        Property property = data.property();
        NewWorkOrder body = data.newWorkOrder(property.id(), Category.PLUMBING, marker("create"));

        WorkOrder created = pms.workOrders().create(key(), body);

        assertThat(created.id()).isNotBlank();
        assertThat(created.status()).isEqualTo(WorkOrderStatus.NEW);
        assertThat(created).extracting(WorkOrder::propertyId, WorkOrder::category, WorkOrder::priority,
                WorkOrder::title, WorkOrder::description).containsExactly(body.propertyId(), body.category(),
                body.priority(), body.title(), body.description());
        assertThat(created.estimatedCost()).isEqualByComparingTo(body.estimatedCost());
        assertThat(created.photoUrls()).containsExactlyElementsOf(body.photoUrls());
        assertThat(created.createdAt()).isNotNull();
        assertThat(pms.workOrders().get(created.id())).isEqualTo(created);
        assertThat(all((page, size) -> pms.workOrders().list(property.id(), null, WorkOrderStatus.NEW, page, size)))
                .extracting(WorkOrder::id).contains(created.id());
        assertPaging((page, size) -> pms.workOrders().list(property.id(), null, null, page, size), WorkOrder::id);
    }

    @Test
    void aWorkOrderWithoutARequiredFieldIsAValidationFailureNamingIt() {
        String propertyId = data.property().id();
        NewWorkOrder valid = data.newWorkOrder(propertyId, Category.HVAC, marker("invalid"));
        assertValidationFailure("category", () -> pms.workOrders().create(key(), new NewWorkOrder(propertyId, null,
                null, null, valid.priority(), valid.title(), null, null, List.of())));
        assertValidationFailure("priority", () -> pms.workOrders().create(key(), new NewWorkOrder(propertyId, null,
                null, valid.category(), null, valid.title(), null, null, List.of())));
        assertValidationFailure("title", () -> pms.workOrders().create(key(), new NewWorkOrder(propertyId, null,
                null, valid.category(), valid.priority(), null, null, null, List.of())));
        assertValidationFailure("propertyId", () -> pms.workOrders().create(key(), new NewWorkOrder(null, null,
                null, valid.category(), valid.priority(), valid.title(), null, null, List.of())));
        assertThat(data.countByTitle(propertyId, valid.title())).isZero();
    }

    @Test
    void everyIllegalMoveIsAConflictAndChangesNothing() {
        WorkOrder order = data.createWorkOrder(Category.ELECTRICAL);
        for (WorkOrderStatus to : WorkOrderStatus.values()) {
            if (to != WorkOrderStatus.NEW && !WorkOrderStatus.NEW.canMoveTo(to)) {
                assertThatThrownBy(() -> pms.workOrders().changeStatus(key(), order.id(), new StatusChange(to, null)))
                        .as("NEW -> %s", to).isInstanceOf(PmsConflict.class);
            }
        }
        assertThat(pms.workOrders().get(order.id()).status()).isEqualTo(WorkOrderStatus.NEW);
    }

    @Test
    void theLifecycleWalksItsLegalMoves() {
        WorkOrder order = data.move(data.createWorkOrder(Category.PLUMBING), WorkOrderStatus.TRIAGED);
        Vendor vendor = data.vendorFor(Category.PLUMBING, order.propertyId());

        WorkOrder dispatched = pms.workOrders().assign(key(), order.id(),
                new Assignment(vendor.id(), new BigDecimal("350.00")));

        assertThat(dispatched.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
        assertThat(dispatched.vendorId()).isEqualTo(vendor.id());
        assertThat(dispatched.notToExceed()).isEqualByComparingTo("350.00");
        WorkOrder done = dispatched;
        for (WorkOrderStatus to : List.of(WorkOrderStatus.SCHEDULED, WorkOrderStatus.IN_PROGRESS,
                WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED, WorkOrderStatus.REOPENED,
                WorkOrderStatus.CANCELLED)) {
            assertThat(done.status().canMoveTo(to)).isTrue();
            done = data.move(done, to);
        }
        assertThat(pms.workOrders().get(order.id()).status()).isEqualTo(WorkOrderStatus.CANCELLED);
        String id = order.id();
        assertThatThrownBy(() -> pms.workOrders().changeStatus(key(), id,
                new StatusChange(WorkOrderStatus.TRIAGED, null))).isInstanceOf(PmsConflict.class);
    }

    @Test
    void onHoldResumesWhereTheTableAllows() {
        WorkOrder held = data.move(data.createWorkOrder(Category.APPLIANCE), WorkOrderStatus.ON_HOLD);
        assertThat(data.move(held, WorkOrderStatus.TRIAGED).status()).isEqualTo(WorkOrderStatus.TRIAGED);
    }

    @Test
    void aPatchChangesOnlyWhatItNamesAndNotesAppend() {
        WorkOrder order = data.createWorkOrder(Category.GENERAL);
        WorkOrderChanges changes = new WorkOrderChanges(null, Priority.URGENT, null, "Tap now leaks under the sink",
                new BigDecimal("240.00"), null, null, null);

        WorkOrder patched = pms.workOrders().update(key(), order.id(), changes);
        WorkOrder noted = pms.workOrders().addNote(key(), order.id(), new NewNote("agent", "Vendor called ahead"));

        assertThat(patched.priority()).isEqualTo(Priority.URGENT);
        assertThat(patched.description()).isEqualTo(changes.description());
        assertThat(patched.estimatedCost()).isEqualByComparingTo("240.00");
        assertThat(patched).extracting(WorkOrder::title, WorkOrder::category, WorkOrder::status)
                .containsExactly(order.title(), order.category(), order.status());
        assertThat(noted.notes()).anySatisfy(note -> {
            assertThat(note.text()).isEqualTo("Vendor called ahead");
            assertThat(note.author()).isEqualTo("agent");
        });
    }

    // --- idempotency ------------------------------------------------------------------------------------------

    @Test
    void theSameKeyAndBodyActOnceAndAnswerTheSame() {
        String propertyId = data.property().id();
        NewWorkOrder body = data.newWorkOrder(propertyId, Category.PEST, marker("idempotent"));
        String key = key();

        WorkOrder first = pms.workOrders().create(key, body);
        WorkOrder again = pms.workOrders().create(key, body);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(data.countByTitle(propertyId, body.title())).isEqualTo(1);
        String noteKey = key();
        NewNote note = new NewNote("agent", marker("note"));
        pms.workOrders().addNote(noteKey, first.id(), note);
        WorkOrder noted = pms.workOrders().addNote(noteKey, first.id(), note);
        assertThat(noted.notes()).filteredOn(n -> note.text().equals(n.text())).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejectedWith422() {
        String propertyId = data.property().id();
        NewWorkOrder body = data.newWorkOrder(propertyId, Category.PEST, marker("reused key"));
        NewWorkOrder other = data.newWorkOrder(propertyId, Category.PEST, marker("other body"));
        String key = key();
        pms.workOrders().create(key, body);

        assertThatThrownBy(() -> pms.workOrders().create(key, other))
                .isInstanceOfSatisfying(PermanentPmsFailure.class,
                        failure -> assertThat(failure.status()).hasValue(422));
        assertThat(data.countByTitle(propertyId, other.title())).isZero();
    }

    @Test
    void concurrentDuplicatesHaveOneEffect() throws Exception {
        String propertyId = data.property().id();
        NewWorkOrder body = data.newWorkOrder(propertyId, Category.LOCKS_DOORS, marker("concurrent"));
        String key = key();

        List<WorkOrder> answers = concurrently(() -> pms.workOrders().create(key, body));

        assertThat(answers).extracting(WorkOrder::id).containsOnly(answers.get(0).id());
        assertThat(data.idsOfWorkOrdersTitled(propertyId, body.title())).containsExactly(answers.get(0).id());
    }

    // --- bids -------------------------------------------------------------------------------------------------

    @Test
    void bidsAreRequestedListedAndAccepted() {
        WorkOrder order = data.move(data.createWorkOrder(Category.HVAC), WorkOrderStatus.TRIAGED);
        Vendor vendor = data.vendorFor(Category.HVAC, order.propertyId());
        BidRequest request = new BidRequest(vendor.id(), Instant.now().plus(Duration.ofDays(2))
                .truncatedTo(ChronoUnit.SECONDS));
        String key = key();

        Bid bid = pms.workOrders().requestBid(key, order.id(), request);

        assertThat(bid.status()).isEqualTo(Bid.BidStatus.REQUESTED);
        assertThat(bid).extracting(Bid::workOrderId, Bid::vendorId).containsExactly(order.id(), vendor.id());
        assertThat(pms.workOrders().requestBid(key, order.id(), request).id()).isEqualTo(bid.id());
        assertPaging((page, size) -> pms.workOrders().listBids(order.id(), page, size), Bid::id);
        assertThat(all((page, size) -> pms.workOrders().listBids(order.id(), page, size))).extracting(Bid::id)
                .containsExactly(bid.id());
        Bid accepted = pms.workOrders().acceptBid(key(), order.id(), bid.id());
        assertThat(accepted.id()).isEqualTo(bid.id());
        assertThat(accepted.status()).isEqualTo(Bid.BidStatus.ACCEPTED);
        assertThatThrownBy(() -> pms.workOrders().acceptBid(key(), order.id(), "does-not-exist-" + key()))
                .isInstanceOf(PmsNotFound.class);
    }

    // --- messages ---------------------------------------------------------------------------------------------

    @Test
    void aThreadIsOpenedMessagedListedAndClosed() {
        Unit unit = data.occupiedUnit();
        String tenantId = unit.tenantIds().get(0);
        NewThread newThread = new NewThread(unit.propertyId(), unit.id(), tenantId, marker("thread"),
                MessageThread.Channel.PORTAL);

        MessageThread thread = pms.messages().openThread(key(), newThread);
        Message message = pms.messages().post(key(), thread.id(),
                new NewMessage(Message.Direction.OUTBOUND, "agent", "A plumber comes tomorrow between 9 and 11."));

        assertThat(thread.status()).isEqualTo(MessageThread.ThreadStatus.OPEN);
        assertThat(thread).extracting(MessageThread::tenantId, MessageThread::subject)
                .containsExactly(tenantId, newThread.subject());
        assertThat(pms.messages().getThread(thread.id()).id()).isEqualTo(thread.id());
        assertThat(all((page, size) -> pms.messages().listThreads(unit.propertyId(), tenantId, page, size)))
                .extracting(MessageThread::id).contains(thread.id());
        assertThat(message).extracting(Message::threadId, Message::direction, Message::body)
                .containsExactly(thread.id(), Message.Direction.OUTBOUND, "A plumber comes tomorrow between 9 and 11.");
        assertPaging((page, size) -> pms.messages().listMessages(thread.id(), page, size), Message::id);
        assertThat(all((page, size) -> pms.messages().listMessages(thread.id(), page, size)))
                .extracting(Message::id).contains(message.id());
        assertPaging((page, size) -> pms.messages().listThreads(unit.propertyId(), null, page, size),
                MessageThread::id);
        assertValidationFailure("body", () -> pms.messages().post(key(), thread.id(),
                new NewMessage(Message.Direction.OUTBOUND, "agent", " ")));
        MessageThread closed = pms.messages().changeStatus(key(), thread.id(),
                new ThreadStatusChange(MessageThread.ThreadStatus.CLOSED));
        assertThat(closed.status()).isEqualTo(MessageThread.ThreadStatus.CLOSED);
    }

    // --- notifications ----------------------------------------------------------------------------------------

    @Test
    void notificationsAreSentListedAndRead() {
        String tenantId = data.occupiedUnit().tenantIds().get(0);
        NewNotification body = new NewNotification(Recipient.TENANT, tenantId,
                Notification.NotificationChannel.EMAIL, marker("notice"), "Water is off 10:00-12:00 tomorrow.");

        Notification sent = pms.notifications().send(key(), body);

        assertThat(sent.id()).isNotBlank();
        assertThat(sent).extracting(Notification::recipientType, Notification::recipientId, Notification::subject)
                .containsExactly(Recipient.TENANT, tenantId, body.subject());
        assertThat(sent.status()).isIn(Notification.NotificationStatus.QUEUED, Notification.NotificationStatus.SENT);
        assertThat(pms.notifications().get(sent.id()).id()).isEqualTo(sent.id());
        assertThat(all((page, size) -> pms.notifications().list(tenantId, page, size))).extracting(Notification::id)
                .contains(sent.id());
        assertPaging((page, size) -> pms.notifications().list(null, page, size), Notification::id);
    }

    // --- compliance -------------------------------------------------------------------------------------------

    @Test
    void complianceItemsPageFilterAndTakeAWorkOrder() {
        assertPaging((page, size) -> pms.compliance().list(null, null, null, page, size), ComplianceItem::id);
        List<ComplianceItem> items = all((page, size) -> pms.compliance().list(null, null, null, page, size));
        assertThat(items).as("seeded compliance items").isNotEmpty();
        LocalDate cutoff = items.stream().map(ComplianceItem::dueDate).sorted().toList().get(items.size() / 2);
        List<ComplianceItem> due = all((page, size) -> pms.compliance().list(null, cutoff, null, page, size));
        // "before" may be strict or inclusive: items due earlier are in, items due later are out
        assertThat(due).allSatisfy(item -> assertThat(item.dueDate()).isBeforeOrEqualTo(cutoff))
                .extracting(ComplianceItem::id).containsAll(items.stream()
                        .filter(item -> item.dueDate().isBefore(cutoff)).map(ComplianceItem::id).toList());
        assertThat(all((page, size) -> pms.compliance().list(null, null, ComplianceStatus.OPEN, page, size)))
                .allSatisfy(item -> assertThat(item.status()).isEqualTo(ComplianceStatus.OPEN));
        ComplianceItem item = items.stream().filter(candidate -> candidate.status() != ComplianceStatus.COMPLETED)
                .findFirst().orElse(null);
        assumeThat(item).as("an item that is not completed yet").isNotNull();
        WorkOrder order = pms.workOrders().create(key(),
                data.newWorkOrder(item.propertyId(), Category.GENERAL, marker("compliance")));

        ComplianceItem updated = pms.compliance().update(key(), item.id(),
                new ComplianceUpdate(ComplianceStatus.IN_PROGRESS, order.id()));

        assertThat(updated).extracting(ComplianceItem::status, ComplianceItem::workOrderId)
                .containsExactly(ComplianceStatus.IN_PROGRESS, order.id());
        assertThat(pms.compliance().get(item.id())).isEqualTo(updated);
    }

    // --- preventive maintenance -------------------------------------------------------------------------------

    @Test
    void aPmCompletionMovesTheDueDateOnByTheInterval() {
        assertPaging((page, size) -> pms.pmSchedules().list(null, null, page, size), PmSchedule::id);
        PmSchedule schedule = all((page, size) -> pms.pmSchedules().list(null, null, page, size)).stream()
                .filter(PmSchedule::active).filter(candidate -> candidate.nextDueDate() != null)
                .min(Comparator.comparing(PmSchedule::nextDueDate))
                .orElseThrow(() -> new AssertionError("no active PM schedule is seeded"));
        LocalDate doneOn = schedule.nextDueDate();

        PmSchedule completed = pms.pmSchedules().complete(key(), schedule.id(), new PmCompletion(doneOn, null));

        assertThat(completed.lastCompletedDate()).isEqualTo(doneOn);
        assertThat(completed.nextDueDate()).isEqualTo(doneOn.plusDays(schedule.intervalDays()))
                .isAfter(schedule.nextDueDate());
        assertThat(pms.pmSchedules().get(schedule.id())).isEqualTo(completed);
        assertThat(all((page, size) -> pms.pmSchedules().list(null, doneOn, page, size)))
                .allSatisfy(due -> assertThat(due.nextDueDate()).isBeforeOrEqualTo(doneOn));
    }

    // --- inspections ------------------------------------------------------------------------------------------

    @Test
    void anInspectionIsScheduledListedAndCompleted() {
        Unit unit = data.occupiedUnit();
        Instant at = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);

        Inspection scheduled = pms.inspections().schedule(key(),
                new NewInspection(unit.propertyId(), unit.id(), Inspection.InspectionType.ROUTINE, at));

        assertThat(scheduled.status()).isEqualTo(InspectionStatus.SCHEDULED);
        assertThat(scheduled).extracting(Inspection::propertyId, Inspection::unitId, Inspection::scheduledFor)
                .containsExactly(unit.propertyId(), unit.id(), at);
        assertThat(pms.inspections().get(scheduled.id()).id()).isEqualTo(scheduled.id());
        assertThat(all((page, size) -> pms.inspections().list(unit.propertyId(), InspectionStatus.SCHEDULED, page,
                size))).extracting(Inspection::id).contains(scheduled.id());
        assertPaging((page, size) -> pms.inspections().list(null, null, page, size), Inspection::id);
        Inspection completed = pms.inspections().complete(key(), scheduled.id(),
                new InspectionResult("Smoke detectors tested, all fine"));
        assertThat(completed.status()).isEqualTo(InspectionStatus.COMPLETED);
        assertThat(completed.findings()).isEqualTo("Smoke detectors tested, all fine");
        assertThat(completed.completedAt()).isNotNull();
    }

    // --- leases and applications ------------------------------------------------------------------------------

    @Test
    void leasesPageFilterAndResolve() {
        assertPaging((page, size) -> pms.leases().list(null, null, null, page, size), Lease::id);
        List<Lease> active = all((page, size) -> pms.leases().list(null, null, Lease.LeaseStatus.ACTIVE, page, size));
        assertThat(active).as("active leases").isNotEmpty().allSatisfy(lease -> {
            assertThat(lease.status()).isEqualTo(Lease.LeaseStatus.ACTIVE);
            assertThat(lease.tenantIds()).isNotEmpty();
            assertThat(lease.monthlyRent()).isPositive();
        });
        Lease lease = active.get(0);
        assertThat(pms.leases().get(lease.id())).extracting(Lease::id, Lease::unitId, Lease::tenantIds)
                .containsExactly(lease.id(), lease.unitId(), lease.tenantIds());
        assertThat(all((page, size) -> pms.leases().list(lease.propertyId(), lease.unitId(), null, page, size)))
                .extracting(Lease::id).contains(lease.id());
    }

    @Test
    void applicationsPageFilterAndResolve() {
        assertPaging((page, size) -> pms.applications().list(null, null, page, size), RentalApplication::id);
        RentalApplication application = pms.applications().list(null, null, 0, 1).items().get(0);
        assertThat(pms.applications().get(application.id()))
                .extracting(RentalApplication::id, RentalApplication::propertyId, RentalApplication::applicantName)
                .containsExactly(application.id(), application.propertyId(), application.applicantName());
        List<RentalApplication> ofProperty = all((page, size) -> pms.applications().list(application.propertyId(),
                null, page, size));
        assertThat(ofProperty).extracting(RentalApplication::id).contains(application.id());
        assertThat(ofProperty).allSatisfy(found -> assertThat(found.propertyId()).isEqualTo(application.propertyId()));
        for (RentalApplication.ApplicationStatus status : RentalApplication.ApplicationStatus.values()) {
            assertThat(all((page, size) -> pms.applications().list(null, status, page, size)))
                    .allSatisfy(found -> assertThat(found.status()).isEqualTo(status));
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static void assertValidationFailure(String field, ThrowingCallable call) {
        assertThatThrownBy(call).as("missing %s", field)
                .isInstanceOfSatisfying(PmsValidationFailure.class, failure -> {
                    assertThat(failure.status().getAsInt()).isIn(400, 422);
                    assertThat(failure.field()).hasValue(field);
                });
    }

    /**
     * Runs {@link #DUPLICATES} copies of a call at once; a copy refused while another is in flight
     * (409 or transient) is retried once afterwards. Returns every copy's answer.
     */
    private static <T> List<T> concurrently(Callable<T> call) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(DUPLICATES);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < DUPLICATES; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(answerOrRetry(future, call));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> T answerOrRetry(Future<T> future, Callable<T> call) throws InterruptedException {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException refused) {
            Throwable cause = refused.getCause();
            boolean inFlight = cause instanceof PmsConflict
                    || (cause instanceof PmsFailure && ((PmsFailure) cause).transientFailure());
            assertThat(inFlight).as("a duplicate may only be refused while in flight: %s", cause).isTrue();
            try {
                return call.call();
            } catch (Exception e) {
                throw new AssertionError("retrying a refused duplicate failed", e);
            }
        } catch (java.util.concurrent.TimeoutException slow) {
            throw new AssertionError("a duplicate did not answer within 60 s", slow);
        }
    }
}
