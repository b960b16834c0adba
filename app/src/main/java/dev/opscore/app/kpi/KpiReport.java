package dev.opscore.app.kpi;

import dev.opscore.db.kpi.KpiFigures;
import dev.opscore.db.kpi.KpiFigures.Percentiles;
import dev.opscore.db.kpi.KpiFigures.Ratio;
import dev.opscore.db.kpi.KpiWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The KPI panel as the API shows it: the five headline figures of the seed (null when their
 * denominator is 0), then what they are made of. {@link KpiFigures} has the definitions.
 */
record KpiReport(Instant from, Instant to, String propertyId, Double autonomousResolutionRate,
                 Map<String, CategoryRate> escalationRateByCategory, Double slaAttainment,
                 Map<String, SlaRate> slaAttainmentByPriority, BigDecimal costPerResolvedWorkOrder,
                 Double repeatIssueRate, Percentiles timeToAcknowledge, Percentiles timeToDispatch, Counts counts) {

    /** Exceptions of one category raised in the window, and their number per run in the population. */
    record CategoryRate(long exceptions, Double rate) {
    }

    /** Runs that met the SLA, runs with an SLA verdict, and their ratio. */
    record SlaRate(long met, long measured, Double rate) {
    }

    /** The raw counts behind the rates. */
    record Counts(long runs, long resolved, long autonomous, long autonomouslyResolved, long escalatedRuns,
                  long managerTouches, long slaMeasured, long slaMet, long resolvedWithCost, BigDecimal resolvedCost,
                  long repeatIssues) {
    }

    static KpiReport of(KpiWindow window, KpiFigures figures) {
        var counts = figures.counts();
        var cost = figures.costPerResolvedWorkOrder();
        return new KpiReport(window.from(), window.to(), window.propertyId(), figures.autonomousResolution().rate(),
                each(figures.escalationByCategory(), r -> new CategoryRate(r.numerator(), r.rate())),
                figures.slaAttainment().rate(), each(figures.slaAttainmentByPriority(), KpiReport::sla),
                cost.perWorkOrder(), figures.repeatIssues().rate(), figures.timeToAcknowledge(),
                figures.timeToDispatch(),
                new Counts(counts.runs(), counts.resolved(), counts.autonomous(), counts.autonomouslyResolved(),
                        counts.escalatedRuns(), counts.managerTouches(), figures.slaAttainment().denominator(),
                        figures.slaAttainment().numerator(), cost.workOrders(), cost.total(),
                        figures.repeatIssues().numerator()));
    }

    private static SlaRate sla(Ratio ratio) {
        return new SlaRate(ratio.numerator(), ratio.denominator(), ratio.rate());
    }

    private static <T> Map<String, T> each(Map<String, Ratio> ratios, Function<Ratio, T> view) {
        Map<String, T> views = new LinkedHashMap<>();
        ratios.forEach((key, ratio) -> views.put(key, view.apply(ratio)));
        return views;
    }
}
