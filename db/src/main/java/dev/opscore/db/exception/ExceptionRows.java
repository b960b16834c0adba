package dev.opscore.db.exception;

import static dev.opscore.db.SqlTimes.instant;
import static dev.opscore.db.SqlTimes.timestamp;

import dev.opscore.db.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code agent_exception}: the inbox is read by severity, then by due-by. */
@Repository
public class ExceptionRows {

    private static final String COLUMNS = "id, run_id, property_id, severity, category, title, details,"
            + " context_json::text AS context, status, requires_by, resolved_by_id, resolved_at, created_at, step_order,"
            + " decision_json::text AS decision";
    private static final String FILTER = " WHERE (:status::text IS NULL OR status = :status)"
            + " AND (:severity::text IS NULL OR severity = :severity)"
            + " AND (:category::text IS NULL OR category = :category)"
            + " AND (:propertyId::text IS NULL OR property_id = :propertyId)";
    private static final String INBOX_ORDER = " ORDER BY CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1"
            + " WHEN 'MEDIUM' THEN 2 ELSE 3 END, requires_by NULLS LAST, created_at, id";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public ExceptionRows(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The filter of an inbox query; null fields match everything. */
    public record Filter(String status, String severity, String category, String propertyId) {
    }

    public void insert(ExceptionRow e) {
        jdbc.sql("INSERT INTO agent_exception (id, run_id, property_id, severity, category, title, details,"
                        + " context_json, status, requires_by, created_at, step_order) VALUES (:id, :runId, :propertyId,"
                        + " :severity, :category, :title, :details, :context::jsonb, :status, :requiresBy, :createdAt,"
                        + " :stepOrder)")
                .param("id", e.id()).param("runId", e.runId()).param("propertyId", e.propertyId())
                .param("severity", e.severity()).param("category", e.category()).param("title", e.title())
                .param("details", e.details()).param("context", json.write(e.context())).param("status", e.status())
                .param("requiresBy", timestamp(e.requiresBy())).param("createdAt", timestamp(e.createdAt()))
                .param("stepOrder", e.stepOrder()).update();
    }

    public Optional<ExceptionRow> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agent_exception WHERE id = :id").param("id", id)
                .query(this::map).optional();
    }

    public List<ExceptionRow> page(Filter filter, int page, int size) {
        return bind(jdbc.sql("SELECT " + COLUMNS + " FROM agent_exception" + FILTER + INBOX_ORDER
                + " LIMIT :size OFFSET :offset"), filter)
                .param("size", size).param("offset", (long) page * size).query(this::map).list();
    }

    public long count(Filter filter) {
        return bind(jdbc.sql("SELECT count(*) FROM agent_exception" + FILTER), filter).query(Long.class).single();
    }

    /** Moves the item to {@code to} if it is in one of {@code from}; false when it had moved on. */
    public boolean transition(UUID id, Collection<String> from, String to, String actor, Instant now) {
        return jdbc.sql("UPDATE agent_exception SET status = :to,"
                        + " resolved_by_id = CASE WHEN :to = 'RESOLVED' THEN :actor ELSE resolved_by_id END,"
                        + " resolved_at = CASE WHEN :to = 'RESOLVED' THEN :now ELSE resolved_at END"
                        + " WHERE id = :id AND status IN (:from)")
                .param("to", to).param("actor", actor).param("now", timestamp(now)).param("id", id)
                .param("from", List.copyOf(from)).update() == 1;
    }

    /**
     * Records a manager's decision and resolves the item, if it is still undecided and not resolved;
     * false otherwise (decided already, or resolved by hand), so a decision is taken once.
     */
    public boolean decide(UUID id, Map<String, Object> decision, String actor, Instant now) {
        return jdbc.sql("UPDATE agent_exception SET decision_json = :decision::jsonb, status = 'RESOLVED',"
                        + " resolved_by_id = :actor, resolved_at = :now"
                        + " WHERE id = :id AND decision_json IS NULL AND status <> 'RESOLVED'")
                .param("decision", json.write(decision)).param("actor", actor).param("now", timestamp(now))
                .param("id", id).update() == 1;
    }

    /** The run's items, oldest first. */
    public List<ExceptionRow> forRun(UUID runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agent_exception WHERE run_id = :runId ORDER BY created_at, id")
                .param("runId", runId).query(this::map).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter) {
        return spec.param("status", filter.status()).param("severity", filter.severity())
                .param("category", filter.category()).param("propertyId", filter.propertyId());
    }

    private ExceptionRow map(ResultSet rs, int row) throws SQLException {
        return new ExceptionRow(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
                rs.getString("property_id"), rs.getString("severity"), rs.getString("category"), rs.getString("title"),
                rs.getString("details"), json.readMap(rs.getString("context")), rs.getString("status"),
                instant(rs, "requires_by"), rs.getString("resolved_by_id"), instant(rs, "resolved_at"),
                instant(rs, "created_at"), (Integer) rs.getObject("step_order"), json.readMap(rs.getString("decision")));
    }
}
