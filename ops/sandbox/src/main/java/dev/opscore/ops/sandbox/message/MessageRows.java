package dev.opscore.ops.sandbox.message;

import static dev.opscore.ops.sandbox.store.SqlValues.instant;
import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.message.MessageThread;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Data access for {@code sandbox.message_thread} and {@code sandbox.message}. */
@Repository
@ConditionalOnSandbox
public class MessageRows {

    private static final String THREAD_FILTER = " WHERE (CAST(:propertyId AS text) IS NULL OR property_id = :propertyId)"
            + " AND (CAST(:tenantId AS text) IS NULL OR tenant_id = :tenantId)";

    private final JdbcClient jdbc;

    public MessageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<MessageThread> threads(String propertyId, String tenantId, Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM sandbox.message_thread" + THREAD_FILTER)
                .param("propertyId", propertyId).param("tenantId", tenantId).query(Long.class).single();
        List<MessageThread> items = jdbc.sql("SELECT * FROM sandbox.message_thread" + THREAD_FILTER
                        + " ORDER BY seq LIMIT :limit OFFSET :offset")
                .param("propertyId", propertyId).param("tenantId", tenantId)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(MessageRows::thread).list();
        return paging.of(items, total);
    }

    public Optional<MessageThread> thread(String id) {
        return jdbc.sql("SELECT * FROM sandbox.message_thread WHERE id = :id").param("id", id)
                .query(MessageRows::thread).optional();
    }

    Optional<MessageThread> lockThread(String id) {
        return jdbc.sql("SELECT * FROM sandbox.message_thread WHERE id = :id FOR UPDATE").param("id", id)
                .query(MessageRows::thread).optional();
    }

    /** The tenant's most recent thread that is not closed, if any. */
    Optional<MessageThread> openThreadOf(String tenantId) {
        return jdbc.sql("SELECT * FROM sandbox.message_thread WHERE tenant_id = :tenantId AND status <> 'CLOSED'"
                        + " ORDER BY seq DESC LIMIT 1 FOR UPDATE")
                .param("tenantId", tenantId).query(MessageRows::thread).optional();
    }

    public Page<Message> messages(String threadId, Paging paging) {
        long total = jdbc.sql("SELECT count(*) FROM sandbox.message WHERE thread_id = :id").param("id", threadId)
                .query(Long.class).single();
        List<Message> items = jdbc.sql("SELECT * FROM sandbox.message WHERE thread_id = :id ORDER BY seq"
                        + " LIMIT :limit OFFSET :offset")
                .param("id", threadId).param("limit", paging.size()).param("offset", paging.offset())
                .query(MessageRows::message).list();
        return paging.of(items, total);
    }

    /** OUTBOUND satisfaction pings the tenant has not answered yet, oldest first. */
    public List<Message> unansweredPings() {
        return jdbc.sql("SELECT * FROM sandbox.message WHERE asks_rating AND answered_by IS NULL ORDER BY seq")
                .query(MessageRows::message).list();
    }

    void insertThread(MessageThread t, long seq) {
        jdbc.sql("INSERT INTO sandbox.message_thread (id, seq, property_id, unit_id, tenant_id, subject, channel, status,"
                        + " created_at, last_message_at) VALUES (:id, :seq, :propertyId, :unitId, :tenantId, :subject,"
                        + " :channel, :status, :createdAt, :lastMessageAt)")
                .param("id", t.id()).param("seq", seq).param("propertyId", t.propertyId()).param("unitId", t.unitId())
                .param("tenantId", t.tenantId()).param("subject", t.subject()).param("channel", t.channel().name())
                .param("status", t.status().name()).param("createdAt", timestamp(t.createdAt()))
                .param("lastMessageAt", timestamp(t.lastMessageAt()))
                .update();
    }

    void updateThread(String id, MessageThread.ThreadStatus status, Instant lastMessageAt) {
        jdbc.sql("UPDATE sandbox.message_thread SET status = :status,"
                        + " last_message_at = COALESCE(:lastMessageAt, last_message_at) WHERE id = :id")
                .param("id", id).param("status", status.name()).param("lastMessageAt", timestamp(lastMessageAt))
                .update();
    }

    void insertMessage(Message m, long seq, boolean asksRating) {
        jdbc.sql("INSERT INTO sandbox.message (id, seq, thread_id, direction, author, body, sent_at, asks_rating)"
                        + " VALUES (:id, :seq, :threadId, :direction, :author, :body, :sentAt, :asksRating)")
                .param("id", m.id()).param("seq", seq).param("threadId", m.threadId())
                .param("direction", m.direction().name()).param("author", m.author()).param("body", m.body())
                .param("sentAt", timestamp(m.sentAt())).param("asksRating", asksRating)
                .update();
    }

    boolean answered(String pingId) {
        return jdbc.sql("SELECT answered_by IS NOT NULL FROM sandbox.message WHERE id = :id").param("id", pingId)
                .query(Boolean.class).single();
    }

    void markAnswered(String pingId, String answerId) {
        jdbc.sql("UPDATE sandbox.message SET answered_by = :answer WHERE id = :id").param("id", pingId)
                .param("answer", answerId).update();
    }

    private static MessageThread thread(ResultSet rs, int n) throws SQLException {
        return new MessageThread(rs.getString("id"), rs.getString("property_id"), rs.getString("unit_id"),
                rs.getString("tenant_id"), rs.getString("subject"), MessageThread.Channel.valueOf(rs.getString("channel")),
                MessageThread.ThreadStatus.valueOf(rs.getString("status")), instant(rs, "created_at"),
                instant(rs, "last_message_at"));
    }

    private static Message message(ResultSet rs, int n) throws SQLException {
        return new Message(rs.getString("id"), rs.getString("thread_id"),
                Message.Direction.valueOf(rs.getString("direction")), rs.getString("author"), rs.getString("body"),
                instant(rs, "sent_at"));
    }
}
