package dev.opscore.ops.sandbox.pm;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.property.PropertyRows;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.web.ConflictException;
import dev.opscore.ops.sandbox.web.InvalidRequestException;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.ops.sandbox.workorder.WorkOrderRows;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.pm.PmCompletion;
import dev.opscore.tools.pms.pm.PmSchedule;
import dev.opscore.tools.pms.pm.PmSchedulesApi;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/pm-schedules*}. */
@RestController
@ConditionalOnSandbox
class PmSchedulesController implements PmSchedulesApi {

    private final PmScheduleRows rows;
    private final PropertyRows properties;
    private final WorkOrderRows workOrders;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;

    PmSchedulesController(PmScheduleRows rows, PropertyRows properties, WorkOrderRows workOrders, SandboxClock clock,
                          SandboxTransactions transactions) {
        this.rows = rows;
        this.properties = properties;
        this.workOrders = workOrders;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Page<PmSchedule> list(String propertyId, LocalDate dueBefore, int page, int size) {
        return rows.list(propertyId, dueBefore, Paging.of(page, size));
    }

    @Override
    public PmSchedule get(String id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("PM schedule", id));
    }

    @Override
    public PmSchedule complete(String idempotencyKey, String id, PmCompletion body) {
        new Validation()
                .required("completedOn", body.completedOn())
                .check(body.workOrderId() == null || workOrders.exists(body.workOrderId()), "workOrderId",
                        "work order " + body.workOrderId() + " does not exist")
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            PmSchedule schedule = rows.lock(id).orElseThrow(() -> new NotFoundException("PM schedule", id));
            ZoneId zone = ZoneId.of(properties.property(schedule.propertyId()).orElseThrow().timezone());
            LocalDate today = clock.today(zone);
            if (body.completedOn().isAfter(today)) {
                throw InvalidRequestException.of("completedOn", "is after today (" + today + " at the property)");
            }
            if (!schedule.active()) {
                throw ConflictException.because("PM_SCHEDULE_INACTIVE", "PM schedule " + id + " is not active");
            }
            rows.completed(id, body.completedOn(), body.completedOn().plusDays(schedule.intervalDays()));
            return rows.find(id).orElseThrow();
        });
    }
}
