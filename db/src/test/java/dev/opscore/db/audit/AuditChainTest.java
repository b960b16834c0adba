package dev.opscore.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opscore.db.JsonColumns;
import dev.opscore.db.testing.TestDatabase;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class AuditChainTest {

    private JdbcClient jdbc;
    private AuditTrail trail;
    private AuditChainVerifier verifier;

    @BeforeEach
    void setUp() {
        DataSource dataSource = TestDatabase.migrated();
        jdbc = JdbcClient.create(dataSource);
        trail = new AuditTrail(jdbc, new JsonColumns(JsonMapper.builder().build()));
        verifier = new AuditChainVerifier(jdbc);
    }

    @Test
    void concurrentAppendsKeepTheChainIntact() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(4);
        // when
        for (int i = 0; i < 200; i++) {
            int n = i;
            pool.submit(() -> trail.append("test", "APPEND", "row-" + n, Map.of("n", n), Instant.now()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        // then
        AuditChainReport report = verifier.verify();
        assertThat(report.intact()).as(report.problem()).isTrue();
        assertThat(report.rowsChecked()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void updatesAndDeletesAreRejected() {
        // given
        trail.append("test", "APPEND", "immutable", Map.of(), Instant.now());
        // then
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'mallory' WHERE subject = 'immutable'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE subject = 'immutable'").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void verificationFindsAnEditedRow() {
        // given
        trail.append("test", "APPEND", "before", Map.of(), Instant.now());
        trail.append("test", "APPEND", "to-edit", Map.of("amount", 100), Instant.now());
        trail.append("test", "APPEND", "after", Map.of(), Instant.now());
        long edited = jdbc.sql("SELECT max(id) FROM audit_log WHERE subject = 'to-edit'").query(Long.class).single();
        // when: someone with owner rights bypasses the append-only trigger
        editDetails(edited, "{\"amount\": 1}");
        AuditChainReport report = verifier.verify();
        // the chain is shared by every test in this JVM: put the row back as it was
        editDetails(edited, "{\"amount\": 100}");
        // then
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenId()).isEqualTo(edited);
        assertThat(report.problem()).contains("changed");
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void editDetails(long id, String details) {
        try {
            jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only_trg").update();
            jdbc.sql("UPDATE audit_log SET details = :details::jsonb WHERE id = :id")
                    .param("details", details).param("id", id).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only_trg").update();
        }
    }
}
