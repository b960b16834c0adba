/**
 * The KPI panel's figures (seed section 7), computed in SQL from {@code agent_run.outcome_json} and
 * {@code agent_exception}. {@link dev.opscore.db.kpi.KpiRows} is the entry point; the definitions of
 * every figure are on {@link dev.opscore.db.kpi.KpiFigures}.
 */
package dev.opscore.db.kpi;
