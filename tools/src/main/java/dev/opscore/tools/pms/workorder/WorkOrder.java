package dev.opscore.tools.pms.workorder;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A work order as the PMS keeps it. Costs are in the property's currency. */
public record WorkOrder(String id, String propertyId, String unitId, String tenantId, Category category,
                        Priority priority, WorkOrderStatus status, String title, String description,
                        String vendorId, BigDecimal estimatedCost, BigDecimal notToExceed, BigDecimal actualCost,
                        List<String> photoUrls, List<Note> notes, Instant scheduledFor, Instant completedAt,
                        Instant createdAt, Instant updatedAt) {

    /** A note on the order's history; {@code author} is a role or system name, never a person's name. */
    public record Note(String author, String text, Instant at) {
    }
}
