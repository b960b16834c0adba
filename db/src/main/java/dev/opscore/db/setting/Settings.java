package dev.opscore.db.setting;

import dev.opscore.db.SqlTimes;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Global settings kept in {@code agent_setting}; today only the kill switch. */
@Repository
public class Settings {

    private final JdbcClient jdbc;

    public Settings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The global kill switch; off when never set. */
    public boolean killSwitch() {
        return jdbc.sql("SELECT (value_json #>> '{}')::boolean FROM agent_setting WHERE key = 'killSwitch'")
                .query(Boolean.class).optional().orElse(false);
    }

    public void setKillSwitch(boolean on, String updatedBy, Instant now) {
        jdbc.sql("INSERT INTO agent_setting (key, value_json, updated_by, updated_at)"
                        + " VALUES ('killSwitch', to_jsonb(:on), :by, :now)"
                        + " ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json,"
                        + " updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .param("on", on).param("by", updatedBy).param("now", SqlTimes.timestamp(now)).update();
    }
}
