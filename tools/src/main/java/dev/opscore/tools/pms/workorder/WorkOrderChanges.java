package dev.opscore.tools.pms.workorder;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A partial update: only the fields that are not null change. Status changes go through {@link StatusChange}. */
public record WorkOrderChanges(Category category, Priority priority, String title, String description,
                               BigDecimal estimatedCost, BigDecimal actualCost, Instant scheduledFor,
                               List<String> photoUrls) {
}
