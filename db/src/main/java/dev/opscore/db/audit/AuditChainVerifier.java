package dev.opscore.db.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks {@code audit_log} in id order and recomputes every hash with the same SQL function the
 * insert trigger uses, so an edited, inserted or deleted row is found.
 */
@Component
public class AuditChainVerifier {

    private static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;

    public AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AuditChainReport verify() {
        ChainWalk walk = new ChainWalk();
        jdbc.sql("SELECT id, prev_hash, hash, audit_row_hash(prev_hash, occurred_at, actor, action, subject, details)"
                        + " AS recomputed FROM audit_log ORDER BY id")
                .query((RowCallbackHandler) walk);
        return new AuditChainReport(walk.rows, walk.brokenId, walk.problem);
    }

    private static final class ChainWalk implements RowCallbackHandler {
        private String expectedPrev = GENESIS;
        private long rows;
        private Long brokenId;
        private String problem;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            rows++;
            if (brokenId != null) {
                return;
            }
            long id = rs.getLong("id");
            if (!expectedPrev.equals(rs.getString("prev_hash"))) {
                brokenId = id;
                problem = "row " + id + " does not follow the row before it (a row was removed or inserted)";
            } else if (!rs.getString("hash").equals(rs.getString("recomputed"))) {
                brokenId = id;
                problem = "row " + id + " was changed after it was written (its hash does not match its content)";
            }
            expectedPrev = rs.getString("hash");
        }
    }
}
