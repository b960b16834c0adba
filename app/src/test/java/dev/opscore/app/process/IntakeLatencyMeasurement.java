package dev.opscore.app.process;

import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.opscore.db.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures how long an accepted event waits before its run starts (intake commit to run claim,
 * both read from the database), with the in-process fast path and with the queue alone. Not part
 * of the default suite (its name does not end in Test); run it as the README says. Figures go to
 * {@code app/target/measurements/intake-latency.txt}.
 */
class IntakeLatencyMeasurement {

    private static final int EVENTS = 300;

    @Test
    void measure() throws IOException {
        String fast = measure("latency-fast-path", Map.of());
        String queued = measure("latency-queue-only", Map.of("opscore.intake.fast-path", "false"));
        String report = "Intake to run start, " + EVENTS + " events posted one after another, role all:\n"
                + "  fast path on:  " + fast + "\n  queue only:    " + queued + "\n";
        Path out = Path.of("target", "measurements", "intake-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private String measure(String name, Map<String, String> properties) {
        String database = TestDatabase.freshDatabase();
        JdbcClient jdbc = JdbcClient.create(CrashRecoveryTest.dataSource(database));
        try (AppProcess app = AppProcess.start(name, "all", database, properties)) {
            await().atMost(Duration.ofSeconds(120)).until(app::healthy);
            for (int i = 0; i < EVENTS; i++) {
                var response = app.api().post("/api/agent/events", Map.of("type", "COMPLIANCE_ITEM_DUE", "ref",
                        name + "-" + i, "propertyId", "prop-1", "occurredAt", "2026-11-25T09:00:00Z",
                        "payload", Map.of()), SERVICE);
                assertThat(response.status()).isEqualTo(202);
            }
            await().atMost(Duration.ofSeconds(300)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM agent_run WHERE status = 'COMPLETED'").query(Long.class).single() == EVENTS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<Double> millis = jdbc.sql("SELECT extract(epoch FROM (r.started_at - e.received_at)) * 1000 FROM agent_run r"
                + " JOIN agent_event e ON e.id = r.event_id ORDER BY 1").query(Double.class).list();
        return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms", percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
