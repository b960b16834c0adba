package dev.opscore.db.memory;

import static dev.opscore.db.SqlTimes.timestamp;

import dev.opscore.db.JsonColumns;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code agent_memory}: what the agent has learnt per property, tenant or vendor. */
@Repository
public class MemoryRows {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public MemoryRows(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Map<String, Object>> find(String scopeType, String scopeId, String key) {
        return jdbc.sql("SELECT value_json::text FROM agent_memory WHERE scope_type = :type AND scope_id = :id AND key = :key")
                .param("type", scopeType).param("id", scopeId).param("key", key).query(String.class).optional()
                .map(json::readMap);
    }

    /** The values of {@code key} for many scope ids at once, by scope id. */
    public Map<String, Map<String, Object>> findAll(String scopeType, List<String> scopeIds, String key) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        if (scopeIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT scope_id, value_json::text AS value FROM agent_memory WHERE scope_type = :type"
                        + " AND key = :key AND scope_id IN (:ids) ORDER BY scope_id")
                .param("type", scopeType).param("key", key).param("ids", scopeIds)
                .query(rs -> { found.put(rs.getString("scope_id"), json.readMap(rs.getString("value"))); });
        return found;
    }

    /** Locks the row for a read-modify-write in the caller's transaction (creating it empty when absent). */
    public Map<String, Object> lockForUpdate(UUID newId, String scopeType, String scopeId, String key, Instant now) {
        jdbc.sql("INSERT INTO agent_memory (id, scope_type, scope_id, key, value_json, updated_at)"
                        + " VALUES (:id, :type, :scopeId, :key, '{}'::jsonb, :now) ON CONFLICT DO NOTHING")
                .param("id", newId).param("type", scopeType).param("scopeId", scopeId).param("key", key)
                .param("now", timestamp(now)).update();
        return jdbc.sql("SELECT value_json::text FROM agent_memory WHERE scope_type = :type AND scope_id = :scopeId"
                        + " AND key = :key FOR UPDATE")
                .param("type", scopeType).param("scopeId", scopeId).param("key", key).query(String.class).single()
                .transform(json::readMap);
    }

    public void save(String scopeType, String scopeId, String key, Map<String, Object> value, Double confidence,
                     Instant now) {
        jdbc.sql("UPDATE agent_memory SET value_json = :value::jsonb, confidence = :confidence, updated_at = :now"
                        + " WHERE scope_type = :type AND scope_id = :scopeId AND key = :key")
                .param("value", json.write(value)).param("confidence", confidence).param("now", timestamp(now))
                .param("type", scopeType).param("scopeId", scopeId).param("key", key).update();
    }
}
