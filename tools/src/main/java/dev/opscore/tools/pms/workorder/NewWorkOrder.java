package dev.opscore.tools.pms.workorder;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import java.math.BigDecimal;
import java.util.List;

/** The body that creates a work order; {@code propertyId}, {@code category}, {@code priority} and {@code title} are required. */
public record NewWorkOrder(String propertyId, String unitId, String tenantId, Category category, Priority priority,
                           String title, String description, BigDecimal estimatedCost, List<String> photoUrls) {
}
