package dev.opscore.ops.simulator.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the figures are computed from, read once at the end of the month: OpsCore's runs (with
 * their triage), exceptions and PMS calls from its tables, the PMS's effects from the sandbox's, and
 * OpsCore's own KPI panel as its API answered.
 */
public record MonthRecords(List<RunRecord> runs, List<ExceptionRecord> exceptions, List<CallRecord> calls,
                           PmsEffects pms, JsonNode kpis, Map<String, Long> noVendorCauses) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static MonthRecords read(JdbcClient db, JsonNode kpis) {
        return new MonthRecords(runs(db), exceptions(db), calls(db), effects(db), kpis, noVendorCauses(db));
    }

    private static List<RunRecord> runs(JdbcClient db) {
        return db.sql("SELECT r.id, r.trigger_ref, r.status, r.summary, r.created_at, r.completed_at,"
                        + " r.outcome_json::text AS outcome, t.output_json::text AS triage FROM agent_run r"
                        + " LEFT JOIN agent_step t ON t.run_id = r.id AND t.name = 'triage' AND t.status = 'DONE'")
                .query((rs, n) -> new RunRecord(rs.getObject("id", UUID.class), rs.getString("trigger_ref"),
                        rs.getString("status"), rs.getString("summary"), instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("completed_at", OffsetDateTime.class)),
                        Outcome.of(json(rs.getString("outcome"))), triage(json(rs.getString("triage")))))
                .list();
    }

    private static RunRecord.Triage triage(JsonNode json) {
        if (json == null) {
            return null;
        }
        List<String> flags = new ArrayList<>();
        json.path("riskFlags").forEach(f -> flags.add(f.asString()));
        return new RunRecord.Triage(text(json, "intent"), text(json, "category"), text(json, "priority"), flags,
                json.path("escalate").isBoolean() ? json.path("escalate").asBoolean() : null);
    }

    private static List<ExceptionRecord> exceptions(JdbcClient db) {
        return db.sql("SELECT id, run_id, severity, category, title, status, step_order, created_at,"
                        + " context_json->'reasonCodes' AS codes FROM agent_exception"
                        + " ORDER BY created_at, coalesce(step_order, -1), title, category, id")
                .query((rs, n) -> {
                    List<String> codes = new ArrayList<>();
                    JsonNode parsed = json(rs.getString("codes"));
                    if (parsed != null) {
                        parsed.forEach(c -> codes.add(c.asString()));
                    }
                    return new ExceptionRecord(rs.getObject("id", UUID.class),
                            rs.getObject("run_id", UUID.class), rs.getString("severity"),
                            rs.getString("category"), rs.getString("title"), rs.getString("status"),
                            (Integer) rs.getObject("step_order"), instant(rs.getObject("created_at", OffsetDateTime.class)),
                            codes);
                })
                .list();
    }

    private static List<CallRecord> calls(JdbcClient db) {
        return db.sql("SELECT a.run_id, s.step_order, s.name, a.target, a.policy_decision, a.policy_reason,"
                        + " a.request_json::text AS request, a.response_json::text AS response FROM agent_action_log a"
                        + " LEFT JOIN agent_step s ON s.id = a.step_id WHERE a.action_type = 'API_CALL'"
                        + " ORDER BY a.created_at, a.run_id, s.step_order, a.target")
                .query((rs, n) -> {
                    JsonNode request = json(rs.getString("request"));
                    JsonNode response = json(rs.getString("response"));
                    boolean failed = response != null && response.has("failure");
                    String tool = rs.getString("target");
                    return new CallRecord(rs.getObject("run_id", UUID.class), rs.getInt("step_order"),
                            rs.getString("name"), tool, rs.getString("policy_decision"), rs.getString("policy_reason"),
                            !failed, failed && response.path("transient").asBoolean(),
                            failed ? null : amount(tool, request, response));
                })
                .list();
    }

    /** The spend a call committed: a dispatch's not-to-exceed, an accepted bid's amount. */
    static BigDecimal amount(String tool, JsonNode request, JsonNode response) {
        JsonNode value = "workorders.assign".equals(tool) && request != null ? request.path("assignment").path("notToExceed")
                : "bids.accept".equals(tool) && response != null ? response.path("amount") : null;
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static PmsEffects effects(JdbcClient db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("work orders created", count(db, "SELECT count(*) FROM sandbox.work_order"));
        counts.put("messages to tenants", count(db, "SELECT count(*) FROM sandbox.message WHERE direction = 'OUTBOUND'"));
        counts.put("vendor dispatches", count(db, "SELECT count(*) FROM sandbox.work_order w,"
                + " jsonb_array_elements(w.notes) note WHERE note->>'text' LIKE 'dispatched to %'"));
        counts.put("bid requests", count(db, "SELECT count(*) FROM sandbox.bid"));
        counts.put("staff notifications", count(db, "SELECT count(*) FROM sandbox.notification"));
        return new PmsEffects(counts, new HashSet<>(db.sql("SELECT idem_key FROM sandbox.idempotency_key")
                .query(String.class).list()));
    }

    /**
     * Why Workflow A asked a manager for a vendor ("No vendor for wo-…"), from the run's own history: its
     * last dispatch before the item, and the signals it had received since (vendor answers and status
     * changes carry the vendor's id). A bounce whose vendor is not the one dispatched last is a stale
     * signal of an earlier vendor: the escalation was spurious.
     */
    private static Map<String, Long> noVendorCauses(JdbcClient db) {
        Map<String, Long> causes = new LinkedHashMap<>();
        db.sql("""
                WITH nv AS (SELECT e.run_id, e.step_order AS k FROM agent_exception e WHERE e.title LIKE 'No vendor%'),
                d AS (SELECT nv.run_id, s.step_order, s.input_json->'assignment'->>'vendorId' AS v,
                             (s.input_json->>'_signalsSeen')::int AS seen
                      FROM nv LEFT JOIN LATERAL (SELECT * FROM agent_step s WHERE s.run_id = nv.run_id
                          AND s.name LIKE 'dispatch-%' AND s.status = 'DONE' AND s.step_order < nv.k
                          ORDER BY s.step_order DESC LIMIT 1) s ON true),
                b AS (SELECT d.*,
                        (SELECT count(*) FROM agent_run_signal g WHERE g.run_id = d.run_id AND g.seq >= d.seen
                            AND (g.payload->>'response' = 'DECLINED' OR g.payload->>'to' = 'TRIAGED')
                            AND g.payload->>'vendorId' = d.v) AS own,
                        (SELECT count(*) FROM agent_run_signal g WHERE g.run_id = d.run_id AND g.seq >= d.seen
                            AND (g.payload->>'response' = 'DECLINED' OR g.payload->>'to' = 'TRIAGED')
                            AND g.payload->>'vendorId' <> d.v) AS stale,
                        (SELECT count(*) FROM agent_step w WHERE w.run_id = d.run_id
                            AND w.name = 'withdraw-' || d.step_order AND w.status = 'DONE') AS withdrawn
                      FROM d)
                SELECT CASE WHEN step_order IS NULL THEN 'no covering vendor with capacity, none dispatched'
                            WHEN own > 0 THEN 'the last vendor declined or did not show up'
                            WHEN withdrawn > 0 THEN 'the last vendor did not answer in time'
                            WHEN stale > 0 THEN 'spurious: a stale decline of an earlier vendor'
                            ELSE 'other' END AS cause, count(*) AS n
                FROM b GROUP BY 1 ORDER BY 2 DESC, 1""")
                .query((rs, n) -> Map.entry(rs.getString("cause"), rs.getLong("n"))).list()
                .forEach(cause -> causes.put(cause.getKey(), cause.getValue()));
        return causes;
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    private static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }

    private static String text(JsonNode json, String key) {
        return json.path(key).isString() ? json.path(key).asString() : null;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
