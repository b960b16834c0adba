package dev.opscore.db.kpi;

import static dev.opscore.db.SqlTimes.timestamp;

import dev.opscore.db.kpi.KpiFigures.Cost;
import dev.opscore.db.kpi.KpiFigures.Counts;
import dev.opscore.db.kpi.KpiFigures.Percentiles;
import dev.opscore.db.kpi.KpiFigures.Ratio;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Computes the KPI panel in two queries: one over the runs that recorded an outcome (overall and per
 * priority, through grouping sets), one over the exceptions. {@code outcome_json} is the maintenance
 * workflow's record of how a run ended; its keys are read with jsonb operators, and a key that is
 * null (or of another type) counts as unknown, never as false or 0. The definitions are on
 * {@link KpiFigures}.
 */
@Repository
public class KpiRows {

    private static final String RUN_FIGURES = """
            WITH population AS (
                SELECT r.created_at, r.status, r.outcome_json AS o,
                       EXISTS (SELECT 1 FROM agent_exception e WHERE e.run_id = r.id) AS raised_exception
                  FROM agent_run r
                 WHERE r.outcome_json IS NOT NULL
                   AND r.completed_at >= :from AND r.completed_at < :to
                   AND (:propertyId::text IS NULL OR r.property_id = :propertyId)
            ), facts AS (
                SELECT o ->> 'priority' AS priority,
                       o @> '{"resolved": true}' AS resolved,
                       o @> '{"autonomous": true}' AS autonomous,
                       o @> '{"repeatIssue": true}' AS repeat_issue,
                       jsonb_typeof(o -> 'slaMet') = 'boolean' AS sla_measured,
                       o @> '{"slaMet": true}' AS sla_met,
                       CASE WHEN jsonb_typeof(o -> 'cost') = 'number' THEN (o ->> 'cost')::numeric END AS cost,
                       CASE WHEN jsonb_typeof(o -> 'managerTouches') = 'number'
                            THEN (o ->> 'managerTouches')::numeric ELSE 0 END AS touches,
                       status = 'ESCALATED' OR raised_exception AS escalated,
                       extract(epoch FROM (o ->> 'acknowledgedAt')::timestamptz - created_at)::float8 AS ack_seconds,
                       extract(epoch FROM (o ->> 'dispatchedAt')::timestamptz - created_at)::float8 AS dispatch_seconds
                  FROM population
            )
            SELECT GROUPING(priority) = 1 AS overall, priority,
                   count(*) AS runs,
                   count(*) FILTER (WHERE resolved) AS resolved,
                   count(*) FILTER (WHERE autonomous) AS autonomous,
                   count(*) FILTER (WHERE resolved AND autonomous) AS autonomously_resolved,
                   count(*) FILTER (WHERE resolved AND autonomous)::float8 / NULLIF(count(*), 0) AS autonomous_rate,
                   count(*) FILTER (WHERE escalated) AS escalated,
                   coalesce(sum(touches), 0)::bigint AS manager_touches,
                   count(*) FILTER (WHERE sla_met) AS sla_met,
                   count(*) FILTER (WHERE sla_measured) AS sla_measured,
                   count(*) FILTER (WHERE sla_met)::float8
                       / NULLIF(count(*) FILTER (WHERE sla_measured), 0) AS sla_rate,
                   count(*) FILTER (WHERE resolved AND cost IS NOT NULL) AS costed,
                   coalesce(sum(cost) FILTER (WHERE resolved), 0) AS cost_total,
                   round(sum(cost) FILTER (WHERE resolved)
                       / NULLIF(count(*) FILTER (WHERE resolved AND cost IS NOT NULL), 0), 2) AS cost_per_order,
                   count(*) FILTER (WHERE resolved AND repeat_issue) AS repeats,
                   count(*) FILTER (WHERE resolved AND repeat_issue)::float8
                       / NULLIF(count(*) FILTER (WHERE resolved), 0) AS repeat_rate,
                   count(ack_seconds) AS ack_samples,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY ack_seconds) AS ack_p50,
                   percentile_cont(0.95) WITHIN GROUP (ORDER BY ack_seconds) AS ack_p95,
                   count(dispatch_seconds) AS dispatch_samples,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY dispatch_seconds) AS dispatch_p50,
                   percentile_cont(0.95) WITHIN GROUP (ORDER BY dispatch_seconds) AS dispatch_p95
              FROM facts
             GROUP BY GROUPING SETS ((), (priority))
             ORDER BY GROUPING(priority) DESC, priority
            """;

    // the five categories of agent_exception's CHECK (V1), listed so that a category without
    // exceptions still gets its row
    private static final String ESCALATIONS = """
            SELECT c.category, count(e.id) AS exceptions,
                   count(e.id)::float8 / NULLIF(:runs::bigint, 0) AS rate
              FROM (VALUES (1, 'LEGAL'), (2, 'FINANCIAL'), (3, 'SAFETY'), (4, 'SLA'), (5, 'SYSTEM'))
                   AS c (position, category)
              LEFT JOIN agent_exception e
                ON e.category = c.category AND e.created_at >= :from AND e.created_at < :to
               AND (:propertyId::text IS NULL OR e.property_id = :propertyId)
             GROUP BY c.position, c.category
             ORDER BY c.position
            """;

    private final JdbcClient jdbc;

    public KpiRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public KpiFigures figures(KpiWindow window) {
        List<RunAggregate> aggregates = jdbc.sql(RUN_FIGURES)
                .param("from", timestamp(window.from())).param("to", timestamp(window.to()))
                .param("propertyId", window.propertyId())
                .query(KpiRows::runAggregate).list();
        // the empty grouping set always yields its row, first by the ORDER BY, even over no runs
        RunAggregate overall = aggregates.get(0);
        Map<String, Ratio> slaByPriority = new LinkedHashMap<>();
        aggregates.stream().skip(1).filter(a -> a.priority() != null)
                .forEach(a -> slaByPriority.put(a.priority(), a.sla()));
        return new KpiFigures(overall.counts(), overall.autonomousResolution(), escalations(window, overall),
                overall.sla(), slaByPriority, overall.cost(), overall.repeatIssues(), overall.acknowledge(),
                overall.dispatch());
    }

    private Map<String, Ratio> escalations(KpiWindow window, RunAggregate overall) {
        Map<String, Ratio> byCategory = new LinkedHashMap<>();
        jdbc.sql(ESCALATIONS)
                .param("runs", overall.counts().runs())
                .param("from", timestamp(window.from())).param("to", timestamp(window.to()))
                .param("propertyId", window.propertyId())
                .query(rs -> {
                    byCategory.put(rs.getString("category"), new Ratio(rs.getLong("exceptions"),
                            overall.counts().runs(), rs.getObject("rate", Double.class)));
                });
        return byCategory;
    }

    /** One row of the run query: the whole population, or the runs of one priority. */
    private record RunAggregate(String priority, Counts counts, Ratio autonomousResolution, Ratio sla, Cost cost,
                                Ratio repeatIssues, Percentiles acknowledge, Percentiles dispatch) {
    }

    private static RunAggregate runAggregate(ResultSet rs, int row) throws SQLException {
        Counts counts = new Counts(rs.getLong("runs"), rs.getLong("resolved"), rs.getLong("autonomous"),
                rs.getLong("autonomously_resolved"), rs.getLong("escalated"), rs.getLong("manager_touches"));
        return new RunAggregate(rs.getString("priority"), counts,
                new Ratio(counts.autonomouslyResolved(), counts.runs(), rs.getObject("autonomous_rate", Double.class)),
                new Ratio(rs.getLong("sla_met"), rs.getLong("sla_measured"), rs.getObject("sla_rate", Double.class)),
                new Cost(rs.getLong("costed"), rs.getBigDecimal("cost_total"),
                        rs.getObject("cost_per_order", BigDecimal.class)),
                new Ratio(rs.getLong("repeats"), counts.resolved(), rs.getObject("repeat_rate", Double.class)),
                new Percentiles(rs.getLong("ack_samples"), rs.getObject("ack_p50", Double.class),
                        rs.getObject("ack_p95", Double.class)),
                new Percentiles(rs.getLong("dispatch_samples"), rs.getObject("dispatch_p50", Double.class),
                        rs.getObject("dispatch_p95", Double.class)));
    }
}
