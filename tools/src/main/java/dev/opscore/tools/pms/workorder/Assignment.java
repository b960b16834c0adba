package dev.opscore.tools.pms.workorder;

import java.math.BigDecimal;

/** Dispatches a vendor to a work order (it moves to DISPATCHED) with a not-to-exceed amount. */
public record Assignment(String vendorId, BigDecimal notToExceed) {
}
