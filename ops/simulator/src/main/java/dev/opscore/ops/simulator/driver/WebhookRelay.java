package dev.opscore.ops.simulator.driver;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hands the world's webhooks ({@code sandbox.webhook_outbox}, in id order) to OpsCore's intake, one
 * at a time with the body the sandbox's own sender posts, and lets OpsCore settle after each. The
 * sandbox's sender is off for the month ({@code opscore.sandbox.webhooks-enabled=false}): it posts
 * while the world is still advancing, and one thing at a time is what makes a seed's month repeatable.
 */
final class WebhookRelay {

    private record Row(long id, String type, String ref, String propertyId, OffsetDateTime occurredAt, String payload) {
    }

    private final JdbcClient db;
    private final Http http;
    private final String auth;
    private final Quiescence quiescence;
    private final Map<String, UUID> runsByRef = new HashMap<>();
    private long lastId;
    private long delivered;
    private long refused;

    WebhookRelay(JdbcClient db, Http http, String auth, Quiescence quiescence) {
        this.db = db;
        this.http = http;
        this.auth = auth;
        this.quiescence = quiescence;
    }

    /** Delivers everything the world recorded since the last call; loops until OpsCore's reactions add nothing. */
    void relay() {
        while (true) {
            List<Row> rows = db.sql("SELECT id, type, ref, property_id, occurred_at, payload::text AS payload"
                            + " FROM sandbox.webhook_outbox WHERE id > :last ORDER BY id")
                    .param("last", lastId)
                    .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("type"), rs.getString("ref"),
                            rs.getString("property_id"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("payload")))
                    .list();
            if (rows.isEmpty()) {
                return;
            }
            for (Row row : rows) {
                deliver(row);
                lastId = row.id();
                quiescence.await();
            }
        }
    }

    /** The run OpsCore started for a webhook's ref (e.g. {@code e1:msg-40}), if it was delivered. */
    UUID runFor(String ref) {
        return runsByRef.get(ref);
    }

    long delivered() {
        return delivered;
    }

    long refused() {
        return refused;
    }

    private void deliver(Row row) {
        // the sender's body, byte for byte in meaning: the payload is the stored JSON as it is
        String body = "{\"type\":" + Http.JSON.writeValueAsString(row.type())
                + ",\"ref\":" + Http.JSON.writeValueAsString(row.ref())
                + ",\"propertyId\":" + Http.JSON.writeValueAsString(row.propertyId())
                + ",\"occurredAt\":" + Http.JSON.writeValueAsString(row.occurredAt().toInstant().toString())
                + ",\"payload\":" + row.payload() + "}";
        Http.Reply reply = http.post("/api/agent/events", body, auth);
        if (reply.ok()) {
            delivered++;
            runsByRef.put(row.ref(), UUID.fromString(reply.body().path("runId").asString()));
        } else {
            refused++;
            System.err.println("simulator: intake refused webhook " + row.type() + " " + row.ref() + ": " + reply.status());
        }
    }
}
