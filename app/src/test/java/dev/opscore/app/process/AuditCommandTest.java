package dev.opscore.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.db.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code java -jar opscore.jar verify-audit-chain}: exit 0 on an intact chain, 1 on an edited one. */
class AuditCommandTest {

    @Test
    void theCommandDetectsAnEditedRow() throws Exception {
        // given: a migrated database with an audit trail
        String database = TestDatabase.freshDatabase();
        assertThat(AppProcess.runToEnd("audit-verify-empty", database, "verify-audit-chain")).isZero();
        JdbcClient jdbc = JdbcClient.create(CrashRecoveryTest.dataSource(database));
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject, details, prev_hash, hash)"
                    + " VALUES (now(), 'test', 'APPEND', :s, '{}', '', '')").param("s", "row-" + i).update();
        }
        assertThat(AppProcess.runToEnd("audit-verify-intact", database, "verify-audit-chain")).isZero();
        // when
        jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only_trg").update();
        jdbc.sql("UPDATE audit_log SET subject = 'forged' WHERE subject = 'row-1'").update();
        int exit = AppProcess.runToEnd("audit-verify-broken", database, "verify-audit-chain");
        // then
        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(Path.of("target", "process-logs", "audit-verify-broken.log")))
                .contains("Audit chain BROKEN at row");
        assertThat(Files.readString(Path.of("target", "process-logs", "audit-verify-intact.log")))
                .contains("Audit chain intact: 3 rows verified");
    }
}
