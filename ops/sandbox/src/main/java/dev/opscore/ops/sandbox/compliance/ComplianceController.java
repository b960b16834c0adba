package dev.opscore.ops.sandbox.compliance;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.ops.sandbox.workorder.WorkOrderRows;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.compliance.ComplianceApi;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.compliance.ComplianceUpdate;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/compliance*}. */
@RestController
@ConditionalOnSandbox
class ComplianceController implements ComplianceApi {

    private final ComplianceRows rows;
    private final WorkOrderRows workOrders;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;

    ComplianceController(ComplianceRows rows, WorkOrderRows workOrders, SandboxClock clock,
                         SandboxTransactions transactions) {
        this.rows = rows;
        this.workOrders = workOrders;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public Page<ComplianceItem> list(String propertyId, LocalDate dueBefore, ComplianceItem.ComplianceStatus status,
                                     int page, int size) {
        return rows.list(propertyId, dueBefore, status, Paging.of(page, size));
    }

    @Override
    public ComplianceItem get(String id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("compliance item", id));
    }

    @Override
    public ComplianceItem update(String idempotencyKey, String id, ComplianceUpdate body) {
        new Validation()
                .check(body.status() != null || body.workOrderId() != null, "status",
                        "give a status, a workOrderId or both")
                .check(body.workOrderId() == null || workOrders.exists(body.workOrderId()), "workOrderId",
                        "work order " + body.workOrderId() + " does not exist")
                .throwIfInvalid();
        return transactions.inTransaction(() -> {
            ComplianceItem item = rows.lock(id).orElseThrow(() -> new NotFoundException("compliance item", id));
            ComplianceItem.ComplianceStatus status = body.status() == null ? item.status() : body.status();
            Instant completedAt = status != ComplianceItem.ComplianceStatus.COMPLETED ? null
                    : item.completedAt() != null ? item.completedAt() : clock.instant();
            ComplianceItem updated = new ComplianceItem(item.id(), item.propertyId(), item.type(), item.description(),
                    item.dueDate(), status, body.workOrderId() == null ? item.workOrderId() : body.workOrderId(),
                    completedAt);
            rows.update(updated);
            return updated;
        });
    }
}
