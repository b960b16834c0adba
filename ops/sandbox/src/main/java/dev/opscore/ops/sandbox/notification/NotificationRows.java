package dev.opscore.ops.sandbox.notification;

import static dev.opscore.ops.sandbox.store.SqlValues.instant;
import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.policy.Recipient;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.notification.Notification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.notification}. */
@Repository
@ConditionalOnSandbox
class NotificationRows {

    private static final String FILTER = " WHERE (CAST(:recipientId AS text) IS NULL OR recipient_id = :recipientId)";

    private final JdbcClient jdbc;

    NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Notification> list(String recipientId, Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM sandbox.notification" + FILTER).param("recipientId", recipientId)
                .query(Long.class).single();
        List<Notification> items = jdbc.sql("SELECT * FROM sandbox.notification" + FILTER
                        + " ORDER BY seq LIMIT :limit OFFSET :offset")
                .param("recipientId", recipientId).param("limit", paging.size()).param("offset", paging.offset())
                .query(NotificationRows::notification).list();
        return paging.of(items, total);
    }

    Optional<Notification> find(String id) {
        return jdbc.sql("SELECT * FROM sandbox.notification WHERE id = :id").param("id", id)
                .query(NotificationRows::notification).optional();
    }

    void insert(Notification n, long seq) {
        jdbc.sql("INSERT INTO sandbox.notification (id, seq, recipient_type, recipient_id, channel, subject, body, status,"
                        + " created_at) VALUES (:id, :seq, :type, :recipientId, :channel, :subject, :body, :status, :createdAt)")
                .param("id", n.id()).param("seq", seq).param("type", n.recipientType().name())
                .param("recipientId", n.recipientId()).param("channel", n.channel().name()).param("subject", n.subject())
                .param("body", n.body()).param("status", n.status().name()).param("createdAt", timestamp(n.createdAt()))
                .update();
    }

    private static Notification notification(ResultSet rs, int n) throws SQLException {
        return new Notification(rs.getString("id"), Recipient.valueOf(rs.getString("recipient_type")),
                rs.getString("recipient_id"), Notification.NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("subject"), rs.getString("body"),
                Notification.NotificationStatus.valueOf(rs.getString("status")), instant(rs, "created_at"));
    }
}
