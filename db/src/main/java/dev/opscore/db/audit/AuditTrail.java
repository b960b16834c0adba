package dev.opscore.db.audit;

import dev.opscore.db.SqlTimes;
import dev.opscore.db.JsonColumns;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends to the append-only {@code audit_log}. The database chains each row to the one before
 * (trigger {@code audit_log_chain}); callers must never put personal data into {@code details}.
 */
@Repository
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public AuditTrail(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(String actor, String action, String subject, Map<String, ?> details, Instant occurredAt) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject, details, prev_hash, hash)"
                        + " VALUES (:at, :actor, :action, :subject, :details::jsonb, '', '')")
                .param("at", SqlTimes.timestamp(occurredAt)).param("actor", actor).param("action", action)
                .param("subject", subject).param("details", json.write(details == null ? Map.of() : details))
                .update();
    }
}
