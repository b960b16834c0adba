package dev.opscore.app.audit;

import static dev.opscore.app.support.ApiClient.Caller.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditApiTest extends ApiTestBase {

    @Test
    void verificationFindsAnEditedRowAndAnIntactChainAgainOnceRestored() {
        // given: an audited change
        api().put("/api/agent/kill-switch", Map.of("enabled", false), ADMIN);
        long id = jdbc.sql("SELECT max(id) FROM audit_log WHERE action = 'KILL_SWITCH_SET'").query(Long.class).single();
        assertThat(api().get("/api/agent/audit/verify", ADMIN).body().path("intact").asBoolean()).isTrue();
        // when: someone with table-owner rights edits it behind the trigger's back
        setActor(id, "mallory");
        var broken = api().get("/api/agent/audit/verify", ADMIN).body();
        setActor(id, "admin");
        // then
        assertThat(broken.path("intact").asBoolean()).isFalse();
        assertThat(broken.path("firstBrokenId").asLong()).isEqualTo(id);
        assertThat(api().get("/api/agent/audit/verify", ADMIN).body().path("intact").asBoolean()).isTrue();
    }

    private void setActor(long id, String actor) {
        try {
            jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only_trg").update();
            jdbc.sql("UPDATE audit_log SET actor = :actor WHERE id = :id").param("actor", actor).param("id", id).update();
        } finally {
            jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only_trg").update();
        }
    }
}
