package dev.opscore.ops.simulator;

import dev.opscore.ops.simulator.driver.MonthLedger;
import dev.opscore.ops.simulator.metrics.AccessLog;
import dev.opscore.ops.simulator.metrics.MonthFigures;

/** A month that ran: what the driver did, the figures, every PMS call's fate, and the size of the portfolio. */
public record MonthResult(Variant variant, MonthLedger ledger, MonthFigures figures, AccessLog.Retries retries,
                   int properties, int units, int tenants) {
}
