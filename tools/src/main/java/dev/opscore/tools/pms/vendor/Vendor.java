package dev.opscore.tools.pms.vendor;

import dev.opscore.policy.Category;
import java.math.BigDecimal;
import java.util.List;

/**
 * A vendor: trades, the properties it covers, rates, capacity and the PMS's own ratings. Phone and
 * e-mail are contact data: tools redact them before anything is logged.
 */
public record Vendor(String id, String name, List<Category> trades, List<String> propertyIds, BigDecimal hourlyRate,
                     BigDecimal calloutFee, int maxOpenWorkOrders, int openWorkOrders, double rating,
                     double onTimeRate, String phone, String email, boolean active) {
}
