/**
 * {@code GET /api/agent/kpis}: the KPI panel of the manager's Autonomous Ops section (seed
 * section 7), over a window of time and optionally one property. The figures are computed by
 * {@code dev.opscore.db.kpi.KpiRows}; this package parses the window and shapes the JSON.
 */
package dev.opscore.app.kpi;
