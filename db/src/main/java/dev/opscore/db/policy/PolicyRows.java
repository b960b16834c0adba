package dev.opscore.db.policy;

import dev.opscore.db.SqlTimes;
import dev.opscore.db.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Data access for {@code agent_policy}: versions are appended, never overwritten. */
@Repository
public class PolicyRows {

    private static final String COLUMNS = "id, scope_type, scope_id, is_active, config_json::text AS config, version, "
            + "created_by_id, created_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public PolicyRows(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** All versions for a scope (every scope when scopeType is null), newest first. */
    public List<PolicyRow> find(String scopeType, String scopeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agent_policy"
                        + " WHERE (:scopeType::text IS NULL OR scope_type = :scopeType)"
                        + " AND (:scopeId::text IS NULL OR scope_id = :scopeId)"
                        + " ORDER BY scope_type, scope_id NULLS FIRST, version DESC")
                .param("scopeType", scopeType).param("scopeId", scopeId)
                .query(this::map).list();
    }

    /** Every version that can apply to a property: global, its portfolio and its own. */
    public List<PolicyRow> candidates(String portfolioId, String propertyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agent_policy WHERE scope_type = 'global'"
                        + " OR (scope_type = 'portfolio' AND scope_id = :portfolioId)"
                        + " OR (scope_type = 'property' AND scope_id = :propertyId)")
                .param("portfolioId", portfolioId).param("propertyId", propertyId)
                .query(this::map).list();
    }

    /** Appends the next version for the scope; concurrent writers to one scope are serialised. */
    @Transactional
    public PolicyRow appendVersion(UUID id, String scopeType, String scopeId, Map<String, Object> config,
                                   boolean active, String createdBy, Instant now) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('agent_policy:' || :scopeType || ':' || coalesce(:scopeId, '')))")
                .param("scopeType", scopeType).param("scopeId", scopeId).query().singleRow();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM agent_policy"
                        + " WHERE scope_type = :scopeType AND coalesce(scope_id, '') = coalesce(:scopeId::text, '')")
                .param("scopeType", scopeType).param("scopeId", scopeId).query(Integer.class).single();
        jdbc.sql("INSERT INTO agent_policy (id, scope_type, scope_id, is_active, config_json, version, created_by_id,"
                        + " created_at, updated_at) VALUES (:id, :scopeType, :scopeId, :active, :config::jsonb, :version,"
                        + " :createdBy, :now, :now)")
                .param("id", id).param("scopeType", scopeType).param("scopeId", scopeId).param("active", active)
                .param("config", json.write(config)).param("version", version).param("createdBy", createdBy)
                .param("now", SqlTimes.timestamp(now)).update();
        return new PolicyRow(id, scopeType, scopeId, active, config, version, createdBy, now, now);
    }

    private PolicyRow map(ResultSet rs, int row) throws SQLException {
        return new PolicyRow(rs.getObject("id", UUID.class), rs.getString("scope_type"), rs.getString("scope_id"),
                rs.getBoolean("is_active"), json.readMap(rs.getString("config")), rs.getInt("version"),
                rs.getString("created_by_id"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
