package dev.opscore.db.kpi;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The KPI panel over one {@link KpiWindow}. The population is every run with a recorded outcome
 * ({@code outcome_json} not null) whose {@code completed_at} lies in the window. Every rate is null,
 * never 0 or NaN, when its denominator is 0.
 *
 * @param counts                  the raw counts over the population
 * @param autonomousResolution    runs both {@code resolved} and {@code autonomous} / population
 * @param escalationByCategory    for each of the five exception categories, in the order LEGAL,
 *                                FINANCIAL, SAFETY, SLA, SYSTEM: exceptions of that category created
 *                                in the window (same property filter, whichever run raised them) /
 *                                population
 * @param slaAttainment           runs with {@code slaMet} true / runs with {@code slaMet} not null
 * @param slaAttainmentByPriority the same per {@code priority}; runs without a priority count only in
 *                                the overall figure
 * @param costPerResolvedWorkOrder the sum of {@code cost} over resolved runs that have one / their count
 * @param repeatIssues            resolved runs with {@code repeatIssue} true / resolved runs
 * @param timeToAcknowledge       seconds from the run's {@code created_at} to {@code acknowledgedAt},
 *                                over the runs that have one
 * @param timeToDispatch          the same to {@code dispatchedAt}
 */
public record KpiFigures(Counts counts, Ratio autonomousResolution, Map<String, Ratio> escalationByCategory,
                         Ratio slaAttainment, Map<String, Ratio> slaAttainmentByPriority,
                         Cost costPerResolvedWorkOrder, Ratio repeatIssues, Percentiles timeToAcknowledge,
                         Percentiles timeToDispatch) {

    /**
     * @param escalatedRuns  runs that raised at least one exception or ended {@code ESCALATED}: a run
     *                       resumed by a manager's decision ends COMPLETED but was escalated all the same
     * @param managerTouches the sum of {@code managerTouches}
     */
    public record Counts(long runs, long resolved, long autonomous, long autonomouslyResolved, long escalatedRuns,
                         long managerTouches) {
    }

    /** {@code rate} is {@code numerator / denominator}, null when the denominator is 0. */
    public record Ratio(long numerator, long denominator, Double rate) {
    }

    /** {@code perWorkOrder} is {@code total / workOrders} rounded to cents, null when there are none. */
    public record Cost(long workOrders, BigDecimal total, BigDecimal perWorkOrder) {
    }

    /** Continuous percentiles ({@code percentile_cont}) in seconds, null without samples. */
    public record Percentiles(long samples, Double p50Seconds, Double p95Seconds) {
    }
}
