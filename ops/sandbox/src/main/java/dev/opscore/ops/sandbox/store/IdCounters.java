package dev.opscore.ops.sandbox.store;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ids of rows the sandbox creates at run time ({@code wo-12}, {@code bid-3} …), drawn from a
 * counter row per kind inside the caller's transaction: a rolled-back create consumes no number, so
 * the same calls after the same seed give the same ids. Concurrent creates of one kind queue on the
 * counter row, which is fine for a sandbox.
 */
@Component
@ConditionalOnSandbox
public class IdCounters {

    private final JdbcClient jdbc;

    public IdCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next id of {@code kind}: its sequence number and {@code kind-number}. Call inside a transaction. */
    public Minted next(String kind) {
        long value = jdbc.sql("INSERT INTO sandbox.id_counter (kind, last_value) VALUES (:kind, 1)"
                        + " ON CONFLICT (kind) DO UPDATE SET last_value = sandbox.id_counter.last_value + 1"
                        + " RETURNING last_value")
                .param("kind", kind).query(Long.class).single();
        return new Minted(kind + "-" + value, value);
    }

    /** A minted id and its number, which orders rows of one kind by creation. */
    public record Minted(String id, long seq) {
    }
}
