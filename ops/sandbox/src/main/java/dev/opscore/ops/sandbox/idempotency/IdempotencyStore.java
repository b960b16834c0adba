package dev.opscore.ops.sandbox.idempotency;

import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.store.SandboxTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code sandbox.idempotency_key}: claims a key and keeps the response of the write it guarded, in
 * the write's own transaction. The claim is an {@code INSERT ... ON CONFLICT}: while one transaction
 * holds a fresh key row, a concurrent duplicate blocks on it, then finds the stored response (or,
 * if the first rolled back, claims the key itself). An expired key (24 hours of sandbox time) is
 * claimed anew.
 */
@Component
@ConditionalOnSandbox
class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final SandboxClock clock;
    private final SandboxTransactions transactions;

    IdempotencyStore(JdbcClient jdbc, SandboxClock clock, SandboxTransactions transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Serves the request once per key; {@code serve} runs inside the transaction that holds the key. */
    Outcome execute(String key, RequestFingerprint request, Supplier<StoredResponse> serve) {
        return transactions.template().execute(tx -> {
            if (!claim(key, request, clock.instant())) {
                return stored(key, request);
            }
            StoredResponse response = serve.get();
            if (response.successful()) {
                keep(key, response);
            } else {
                tx.setRollbackOnly();
            }
            return new Outcome.Served();
        });
    }

    private boolean claim(String key, RequestFingerprint request, Instant now) {
        return jdbc.sql("INSERT INTO sandbox.idempotency_key AS k (idem_key, method, path, request_hash, created_at,"
                        + " expires_at) VALUES (:key, :method, :path, :hash, :now, :expires)"
                        + " ON CONFLICT (idem_key) DO UPDATE SET method = EXCLUDED.method, path = EXCLUDED.path,"
                        + " request_hash = EXCLUDED.request_hash, status = NULL, content_type = NULL, body = NULL,"
                        + " created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at"
                        + " WHERE k.expires_at <= EXCLUDED.created_at")
                .param("key", key).param("method", request.method()).param("path", request.path())
                .param("hash", request.bodyHash()).param("now", timestamp(now))
                .param("expires", timestamp(now.plus(RETENTION)))
                .update() == 1;
    }

    private Outcome stored(String key, RequestFingerprint request) {
        return jdbc.sql("SELECT method, path, request_hash, status, content_type, body FROM sandbox.idempotency_key"
                        + " WHERE idem_key = :key")
                .param("key", key)
                .query((rs, n) -> {
                    var first = new RequestFingerprint(rs.getString("method"), rs.getString("path"),
                            rs.getString("request_hash"));
                    if (!first.equals(request)) {
                        return (Outcome) new Outcome.Mismatch(first);
                    }
                    return new Outcome.Replayed(new StoredResponse(rs.getInt("status"), rs.getString("content_type"),
                            rs.getBytes("body")));
                })
                .single();
    }

    private void keep(String key, StoredResponse response) {
        jdbc.sql("UPDATE sandbox.idempotency_key SET status = :status, content_type = :contentType, body = :body"
                        + " WHERE idem_key = :key")
                .param("key", key).param("status", response.status()).param("contentType", response.contentType())
                .param("body", response.body())
                .update();
    }
}
