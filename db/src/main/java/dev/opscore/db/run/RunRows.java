package dev.opscore.db.run;

import static dev.opscore.db.SqlTimes.instant;
import static dev.opscore.db.SqlTimes.timestamp;

import dev.opscore.db.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code agent_run}, {@code agent_step} and {@code agent_action_log}. */
@Repository
public class RunRows {

    private static final String RUN_COLUMNS = "id, trigger_type, trigger_ref, property_id, workflow, status, dedupe_key,"
            + " event_id, context_json::text AS context, worker, started_at, completed_at, summary, error, created_at";
    private static final String RUN_FILTER = " WHERE (:status::text IS NULL OR status = :status)"
            + " AND (:propertyId::text IS NULL OR property_id = :propertyId)";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public RunRows(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Opens the run unless one with its dedupe key exists; true when this call opened it. */
    public boolean insertIfAbsent(RunRow r) {
        return jdbc.sql("INSERT INTO agent_run (id, trigger_type, trigger_ref, property_id, workflow, status, dedupe_key,"
                        + " event_id, context_json, worker, started_at, created_at) VALUES (:id, :triggerType, :triggerRef,"
                        + " :propertyId, :workflow, :status, :dedupeKey, :eventId, :context::jsonb, :worker, :startedAt,"
                        + " :createdAt) ON CONFLICT (dedupe_key) DO NOTHING")
                .param("id", r.id()).param("triggerType", r.triggerType()).param("triggerRef", r.triggerRef())
                .param("propertyId", r.propertyId()).param("workflow", r.workflow()).param("status", r.status())
                .param("dedupeKey", r.dedupeKey()).param("eventId", r.eventId())
                .param("context", json.write(r.context())).param("worker", r.worker())
                .param("startedAt", timestamp(r.startedAt())).param("createdAt", timestamp(r.createdAt()))
                .update() == 1;
    }

    public Optional<RunRow> byId(UUID id) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM agent_run WHERE id = :id").param("id", id)
                .query(this::mapRun).optional();
    }

    public RunPage page(String status, String propertyId, int page, int size) {
        List<RunRow> runs = jdbc.sql("SELECT " + RUN_COLUMNS + " FROM agent_run" + RUN_FILTER
                        + " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
                .param("status", status).param("propertyId", propertyId).param("size", size)
                .param("offset", (long) page * size).query(this::mapRun).list();
        long total = jdbc.sql("SELECT count(*) FROM agent_run" + RUN_FILTER)
                .param("status", status).param("propertyId", propertyId).query(Long.class).single();
        return new RunPage(runs, total, page, size);
    }

    /**
     * Moves the run to {@code to} if it is in one of {@code from}; the caller's state machine says
     * which moves are legal. Terminal moves set {@code completed_at}. False when the run had moved on.
     */
    public boolean transition(UUID id, Collection<String> from, String to, Instant now, String summary, String error) {
        return jdbc.sql("UPDATE agent_run SET status = :to, summary = coalesce(:summary, summary),"
                        + " error = coalesce(:error, error),"
                        + " completed_at = CASE WHEN :to IN ('COMPLETED', 'FAILED', 'ESCALATED', 'CANCELLED') THEN :now"
                        + " ELSE completed_at END WHERE id = :id AND status IN (:from)")
                .param("to", to).param("summary", summary).param("error", error).param("now", timestamp(now))
                .param("id", id).param("from", List.copyOf(from)).update() == 1;
    }

    /** Claims a queued run for this worker; exactly one caller wins, the others get false. */
    public boolean claim(UUID id, String worker, Instant now) {
        return jdbc.sql("UPDATE agent_run SET status = 'RUNNING', worker = :worker, started_at = :now"
                        + " WHERE id = :id AND status = 'QUEUED'")
                .param("worker", worker).param("now", timestamp(now)).param("id", id).update() == 1;
    }

    /**
     * Takes the run for this worker: from one of {@code from} (e.g. QUEUED, or WAITING when woken),
     * or from RUNNING when the worker holding it stopped renewing its lease (it died). The lease is
     * infrastructure time, so it is the database's clock, not the business clock.
     */
    public boolean acquire(UUID id, Collection<String> from, String worker, Instant now, int leaseSeconds) {
        return jdbc.sql("UPDATE agent_run SET status = 'RUNNING', worker = :worker,"
                        + " started_at = coalesce(started_at, :now), wake_at = NULL,"
                        + " lease_until = now() + make_interval(secs => :lease)"
                        + " WHERE id = :id AND (status IN (:from) OR (status = 'RUNNING' AND lease_until < now()))")
                .param("worker", worker).param("now", timestamp(now)).param("lease", leaseSeconds).param("id", id)
                .param("from", List.copyOf(from)).update() == 1;
    }

    /** Extends this worker's lease on the run; false when another worker has taken it over. */
    public boolean renewLease(UUID id, String worker, int leaseSeconds) {
        return jdbc.sql("UPDATE agent_run SET lease_until = now() + make_interval(secs => :lease)"
                        + " WHERE id = :id AND status = 'RUNNING' AND worker = :worker")
                .param("lease", leaseSeconds).param("id", id).param("worker", worker).update() == 1;
    }

    /** Parks the run until {@code wakeAt} (or a signal); only from RUNNING. */
    public boolean park(UUID id, Instant wakeAt, String summary) {
        return jdbc.sql("UPDATE agent_run SET status = 'WAITING', wake_at = :wakeAt, lease_until = NULL,"
                        + " summary = coalesce(:summary, summary) WHERE id = :id AND status = 'RUNNING'")
                .param("wakeAt", timestamp(wakeAt)).param("summary", summary).param("id", id).update() == 1;
    }

    /** Waiting runs whose timer is due by {@code now}, and running runs whose lease has expired. */
    public List<UUID> dueOrStalled(Instant now, int limit) {
        return jdbc.sql("(SELECT id FROM agent_run WHERE status = 'WAITING' AND wake_at <= :now ORDER BY wake_at LIMIT :limit)"
                        + " UNION (SELECT id FROM agent_run WHERE status = 'RUNNING' AND lease_until < now()"
                        + " ORDER BY lease_until LIMIT :limit)")
                .param("now", timestamp(now)).param("limit", limit).query(UUID.class).list();
    }

    /** True when the run waits and its timer is due by {@code now}. */
    public boolean due(UUID id, Instant now) {
        return jdbc.sql("SELECT count(*) FROM agent_run WHERE id = :id AND status = 'WAITING' AND wake_at <= :now")
                .param("id", id).param("now", timestamp(now)).query(Long.class).single() > 0;
    }

    /** Brings a waiting run's timer forward to {@code now} (a signal arrived); false when it is not waiting. */
    public boolean wakeNow(UUID id, Instant now) {
        return jdbc.sql("UPDATE agent_run SET wake_at = least(wake_at, :now) WHERE id = :id AND status = 'WAITING'")
                .param("now", timestamp(now)).param("id", id).update() == 1;
    }

    public void setContext(UUID id, Map<String, Object> context) {
        jdbc.sql("UPDATE agent_run SET context_json = :context::jsonb WHERE id = :id")
                .param("context", json.write(context)).param("id", id).update();
    }

    public void setOutcome(UUID id, Map<String, Object> outcome) {
        jdbc.sql("UPDATE agent_run SET outcome_json = :outcome::jsonb WHERE id = :id")
                .param("outcome", json.write(outcome)).param("id", id).update();
    }

    public Optional<Map<String, Object>> outcome(UUID id) {
        return jdbc.sql("SELECT outcome_json::text FROM agent_run WHERE id = :id AND outcome_json IS NOT NULL")
                .param("id", id).query(String.class).optional().map(json::readMap);
    }

    /** Routes events with {@code key} (e.g. {@code wo:wo-12}) to the run; the first run to claim a key keeps it. */
    public boolean claimKey(String key, UUID runId, Instant now) {
        return jdbc.sql("INSERT INTO agent_run_key (key, run_id, created_at) VALUES (:key, :runId, :now)"
                        + " ON CONFLICT (key) DO NOTHING")
                .param("key", key).param("runId", runId).param("now", timestamp(now)).update() == 1;
    }

    /** A finished run routes nothing any more. */
    public void releaseKeys(UUID runId) {
        jdbc.sql("DELETE FROM agent_run_key WHERE run_id = :runId").param("runId", runId).update();
    }

    public Optional<UUID> runForKey(String key) {
        return jdbc.sql("SELECT run_id FROM agent_run_key WHERE key = :key").param("key", key)
                .query(UUID.class).optional();
    }

    /**
     * Appends a signal (an event or a decision) to the run's history; the same {@code source} is
     * appended once. False for a repeat.
     */
    public boolean appendSignal(UUID id, UUID runId, String kind, String source, Map<String, Object> payload,
                                Instant now) {
        return jdbc.sql("INSERT INTO agent_run_signal (id, run_id, seq, kind, source, payload, received_at)"
                        + " SELECT :id, :runId, coalesce(max(seq) + 1, 0), :kind, :source, :payload::jsonb, :now"
                        + " FROM agent_run_signal WHERE run_id = :runId ON CONFLICT DO NOTHING")
                .param("id", id).param("runId", runId).param("kind", kind).param("source", source)
                .param("payload", json.write(payload)).param("now", timestamp(now)).update() == 1;
    }

    public List<SignalRow> signals(UUID runId) {
        return jdbc.sql("SELECT seq, kind, source, payload::text AS payload, received_at FROM agent_run_signal"
                        + " WHERE run_id = :runId ORDER BY seq")
                .param("runId", runId)
                .query((rs, n) -> new SignalRow(rs.getInt("seq"), rs.getString("kind"), rs.getString("source"),
                        json.readMap(rs.getString("payload")), instant(rs, "received_at")))
                .list();
    }

    /** Records a step, or replaces the step of that order (a paused step that was decided, a retried one). */
    public void saveStep(StepRow s) {
        jdbc.sql("INSERT INTO agent_step (id, run_id, step_order, name, status, input_json, output_json, started_at,"
                        + " completed_at, error) VALUES (:id, :runId, :order, :name, :status, :input::jsonb,"
                        + " :output::jsonb, :startedAt, :completedAt, :error) ON CONFLICT (run_id, step_order) DO UPDATE"
                        + " SET name = EXCLUDED.name, status = EXCLUDED.status, input_json = EXCLUDED.input_json,"
                        + " output_json = EXCLUDED.output_json, completed_at = EXCLUDED.completed_at, error = EXCLUDED.error")
                .param("id", s.id()).param("runId", s.runId()).param("order", s.stepOrder()).param("name", s.name())
                .param("status", s.status()).param("input", json.write(s.input()))
                .param("output", json.write(s.output())).param("startedAt", timestamp(s.startedAt()))
                .param("completedAt", timestamp(s.completedAt())).param("error", s.error()).update();
    }

    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT status, count(*) AS n FROM agent_run GROUP BY status")
                .query(rs -> { counts.put(rs.getString("status"), rs.getLong("n")); });
        return counts;
    }

    public void insertStep(StepRow s) {
        jdbc.sql("INSERT INTO agent_step (id, run_id, step_order, name, status, input_json, output_json, started_at,"
                        + " completed_at, error) VALUES (:id, :runId, :order, :name, :status, :input::jsonb,"
                        + " :output::jsonb, :startedAt, :completedAt, :error)")
                .param("id", s.id()).param("runId", s.runId()).param("order", s.stepOrder()).param("name", s.name())
                .param("status", s.status()).param("input", json.write(s.input()))
                .param("output", json.write(s.output())).param("startedAt", timestamp(s.startedAt()))
                .param("completedAt", timestamp(s.completedAt())).param("error", s.error()).update();
    }


    public List<StepRow> steps(UUID runId) {
        return jdbc.sql("SELECT id, run_id, step_order, name, status, input_json::text AS input,"
                        + " output_json::text AS output, started_at, completed_at, error FROM agent_step"
                        + " WHERE run_id = :runId ORDER BY step_order")
                .param("runId", runId)
                .query((rs, n) -> new StepRow(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
                        rs.getInt("step_order"), rs.getString("name"), rs.getString("status"),
                        json.read(rs.getString("input")), json.read(rs.getString("output")),
                        instant(rs, "started_at"), instant(rs, "completed_at"), rs.getString("error")))
                .list();
    }

    public void insertAction(ActionRow a) {
        jdbc.sql("INSERT INTO agent_action_log (id, run_id, step_id, action_type, target, request_json, response_json,"
                        + " policy_decision, policy_reason, created_at) VALUES (:id, :runId, :stepId, :actionType,"
                        + " :target, :request::jsonb, :response::jsonb, :decision, :reason, :createdAt)")
                .param("id", a.id()).param("runId", a.runId()).param("stepId", a.stepId())
                .param("actionType", a.actionType()).param("target", a.target())
                .param("request", json.write(a.request())).param("response", json.write(a.response()))
                .param("decision", a.policyDecision()).param("reason", a.policyReason())
                .param("createdAt", timestamp(a.createdAt())).update();
    }

    public List<ActionRow> actions(UUID runId) {
        return jdbc.sql("SELECT id, run_id, step_id, action_type, target, request_json::text AS request,"
                        + " response_json::text AS response, policy_decision, policy_reason, created_at"
                        + " FROM agent_action_log WHERE run_id = :runId ORDER BY created_at, id")
                .param("runId", runId)
                .query((rs, n) -> new ActionRow(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
                        rs.getObject("step_id", UUID.class), rs.getString("action_type"), rs.getString("target"),
                        json.read(rs.getString("request")), json.read(rs.getString("response")),
                        rs.getString("policy_decision"), rs.getString("policy_reason"), instant(rs, "created_at")))
                .list();
    }

    private RunRow mapRun(ResultSet rs, int row) throws SQLException {
        return new RunRow(rs.getObject("id", UUID.class), rs.getString("trigger_type"), rs.getString("trigger_ref"),
                rs.getString("property_id"), rs.getString("workflow"), rs.getString("status"),
                rs.getString("dedupe_key"), rs.getObject("event_id", UUID.class),
                json.readMap(rs.getString("context")), rs.getString("worker"), instant(rs, "started_at"),
                instant(rs, "completed_at"), rs.getString("summary"), rs.getString("error"),
                instant(rs, "created_at"));
    }
}
