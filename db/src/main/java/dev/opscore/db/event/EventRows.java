package dev.opscore.db.event;

import static dev.opscore.db.SqlTimes.instant;
import static dev.opscore.db.SqlTimes.timestamp;

import dev.opscore.db.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code agent_event}. */
@Repository
public class EventRows {

    private static final String COLUMNS = "id, trigger_type, type, ref, property_id, occurred_at, payload::text AS payload,"
            + " dedupe_key, run_dedupe_key, status, received_at, enqueued_at, processed_at, run_id";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public EventRows(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the event unless one with its dedupe key exists; true when inserted. */
    public boolean insertIfAbsent(EventRow e) {
        return jdbc.sql("INSERT INTO agent_event (id, trigger_type, type, ref, property_id, occurred_at, payload,"
                        + " dedupe_key, run_dedupe_key, status, received_at)"
                        + " VALUES (:id, :triggerType, :type, :ref, :propertyId, :occurredAt, :payload::jsonb,"
                        + " :dedupeKey, :runDedupeKey, 'RECEIVED', :receivedAt)"
                        + " ON CONFLICT (dedupe_key) DO NOTHING")
                .param("id", e.id()).param("triggerType", e.triggerType()).param("type", e.type())
                .param("ref", e.ref()).param("propertyId", e.propertyId())
                .param("occurredAt", timestamp(e.occurredAt())).param("payload", json.write(e.payload()))
                .param("dedupeKey", e.dedupeKey()).param("runDedupeKey", e.runDedupeKey())
                .param("receivedAt", timestamp(e.receivedAt()))
                .update() == 1;
    }

    public Optional<EventRow> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agent_event WHERE id = :id").param("id", id)
                .query(this::map).optional();
    }

    public Optional<EventRow> byDedupeKey(String dedupeKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM agent_event WHERE dedupe_key = :key").param("key", dedupeKey)
                .query(this::map).optional();
    }

    /** Marks the event as handed to the queue; a no-op once it has moved on. */
    public void markEnqueued(UUID id, Instant now) {
        jdbc.sql("UPDATE agent_event SET status = 'ENQUEUED', enqueued_at = :now WHERE id = :id AND status = 'RECEIVED'")
                .param("id", id).param("now", timestamp(now)).update();
    }

    /** Events accepted before {@code receivedBefore} that were never handed to the queue (the outbox). */
    /** Events accepted but not yet handed to the queue, oldest first. */
    public List<UUID> unqueued(int limit) {
        return jdbc.sql("SELECT id FROM agent_event WHERE status = 'RECEIVED' ORDER BY received_at LIMIT :limit")
                .param("limit", limit).query(UUID.class).list();
    }

    public void markProcessed(UUID id, UUID runId, Instant now) {
        jdbc.sql("UPDATE agent_event SET status = 'PROCESSED', run_id = :runId, processed_at = :now"
                        + " WHERE id = :id AND status <> 'PROCESSED'")
                .param("id", id).param("runId", runId).param("now", timestamp(now)).update();
    }


    private EventRow map(ResultSet rs, int row) throws SQLException {
        return new EventRow(rs.getObject("id", UUID.class), rs.getString("trigger_type"), rs.getString("type"),
                rs.getString("ref"), rs.getString("property_id"), instant(rs, "occurred_at"),
                json.readMap(rs.getString("payload")), rs.getString("dedupe_key"), rs.getString("run_dedupe_key"),
                rs.getString("status"), instant(rs, "received_at"), instant(rs, "enqueued_at"),
                instant(rs, "processed_at"), rs.getObject("run_id", UUID.class));
    }
}
