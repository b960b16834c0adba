package dev.opscore.ops.sandbox.webhook;

import static dev.opscore.ops.sandbox.store.SqlValues.instant;
import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Data access for {@code sandbox.webhook_outbox}. */
@Repository
@ConditionalOnSandbox
public class WebhookOutbox {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private static final String SELECT = "SELECT o.*, o.payload::text AS payload_json FROM sandbox.webhook_outbox o";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public WebhookOutbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a webhook inside the caller's transaction; its id, or empty when its ref was recorded before. */
    public Optional<Long> record(Webhook w) {
        return jdbc.sql("INSERT INTO sandbox.webhook_outbox (type, ref, property_id, occurred_at, payload)"
                        + " VALUES (:type, :ref, :propertyId, :occurredAt, CAST(:payload AS jsonb))"
                        + " ON CONFLICT (ref) DO NOTHING RETURNING id")
                .param("type", w.type().name()).param("ref", w.ref()).param("propertyId", w.propertyId())
                .param("occurredAt", timestamp(w.occurredAt())).param("payload", json.writeValueAsString(w.payload()))
                .query(Long.class).optional();
    }

    public Optional<OutboxRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** Undelivered rows with fewer than {@code maxAttempts} attempts, oldest first. */
    public List<Long> undelivered(int maxAttempts) {
        return jdbc.sql("SELECT id FROM sandbox.webhook_outbox WHERE NOT delivered AND attempts < :max ORDER BY id")
                .param("max", maxAttempts).query(Long.class).list();
    }

    public Page<OutboxRow> list(Boolean delivered, Paging paging) {
        String filter = " WHERE (CAST(:delivered AS boolean) IS NULL OR delivered = :delivered)";
        long total = jdbc.sql("SELECT count(*) FROM sandbox.webhook_outbox" + filter).param("delivered", delivered)
                .query(Long.class).single();
        List<OutboxRow> items = jdbc.sql(SELECT + filter + " ORDER BY id LIMIT :limit OFFSET :offset")
                .param("delivered", delivered).param("limit", paging.size()).param("offset", paging.offset())
                .query(this::row).list();
        return paging.of(items, total);
    }

    void delivered(long id, int status, Instant at) {
        jdbc.sql("UPDATE sandbox.webhook_outbox SET delivered = true, attempts = attempts + 1, last_status = :status,"
                        + " last_error = NULL, delivered_at = :at WHERE id = :id")
                .param("id", id).param("status", status).param("at", timestamp(at)).update();
    }

    void failed(long id, Integer status, String error) {
        jdbc.sql("UPDATE sandbox.webhook_outbox SET attempts = attempts + 1, last_status = :status, last_error = :error"
                        + " WHERE id = :id")
                .param("id", id).param("status", status).param("error", error).update();
    }

    private OutboxRow row(ResultSet rs, int n) throws SQLException {
        Map<String, Object> payload = json.readValue(rs.getString("payload_json"), MAP);
        Webhook webhook = new Webhook(WebhookType.valueOf(rs.getString("type")), rs.getString("ref"),
                rs.getString("property_id"), instant(rs, "occurred_at"), payload);
        int lastStatus = rs.getInt("last_status");
        return new OutboxRow(rs.getLong("id"), webhook, rs.getBoolean("delivered"), rs.getInt("attempts"),
                rs.wasNull() ? null : lastStatus, rs.getString("last_error"), instant(rs, "delivered_at"));
    }
}
