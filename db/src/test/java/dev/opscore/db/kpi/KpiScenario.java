package dev.opscore.db.kpi;

import static dev.opscore.db.SqlTimes.timestamp;

import dev.opscore.db.JsonColumns;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the runs and exceptions a KPI test computes over, straight into the tables. Shared through
 * the test-jar with the app's API test.
 */
public final class KpiScenario {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    public KpiScenario(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A run created an hour before it ended {@code COMPLETED} at {@code completedAt}. */
    public UUID run(String propertyId, Instant completedAt, OutcomeBuilder outcome) {
        return run(propertyId, completedAt, "COMPLETED", outcome);
    }

    /** A run that ended with {@code status}; a null outcome is a run that recorded none. */
    public UUID run(String propertyId, Instant completedAt, String status, OutcomeBuilder outcome) {
        UUID id = UUID.randomUUID();
        Instant createdAt = completedAt.minus(Duration.ofHours(1));
        jdbc.sql("INSERT INTO agent_run (id, trigger_type, property_id, workflow, status, dedupe_key, started_at,"
                        + " completed_at, created_at, outcome_json) VALUES (:id, 'event', :propertyId, 'maintenance',"
                        + " :status, :dedupeKey, :createdAt, :completedAt, :createdAt, :outcome::jsonb)")
                .param("id", id).param("propertyId", propertyId).param("status", status)
                .param("dedupeKey", "kpi-test:" + id).param("createdAt", timestamp(createdAt))
                .param("completedAt", timestamp(completedAt))
                .param("outcome", outcome == null ? null : json.write(outcome.toJson(createdAt, completedAt)))
                .update();
        return id;
    }

    public void exception(String propertyId, String category, Instant createdAt, UUID runId) {
        jdbc.sql("INSERT INTO agent_exception (id, run_id, property_id, severity, category, title, details,"
                        + " created_at) VALUES (:id, :runId, :propertyId, 'HIGH', :category, 'KPI test', 'KPI test',"
                        + " :createdAt)")
                .param("id", UUID.randomUUID()).param("runId", runId).param("propertyId", propertyId)
                .param("category", category).param("createdAt", timestamp(createdAt)).update();
    }
}
