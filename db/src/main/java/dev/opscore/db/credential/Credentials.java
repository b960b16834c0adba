package dev.opscore.db.credential;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hashes of the bootstrap credentials; the secrets themselves are never stored. */
@Repository
public class Credentials {

    private final JdbcClient jdbc;

    public Credentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> hash(String name) {
        return jdbc.sql("SELECT secret_hash FROM app_credential WHERE name = :name")
                .param("name", name).query(String.class).optional();
    }

    /** Stores the hash unless one exists; returns true when this call stored it (first start). */
    public boolean storeIfAbsent(String name, String secretHash, Instant now) {
        return jdbc.sql("INSERT INTO app_credential (name, secret_hash, created_at) VALUES (:name, :hash, :now)"
                        + " ON CONFLICT (name) DO NOTHING")
                .param("name", name).param("hash", secretHash).param("now", java.sql.Timestamp.from(now))
                .update() == 1;
    }

    public void replace(String name, String secretHash, Instant now) {
        jdbc.sql("INSERT INTO app_credential (name, secret_hash, created_at) VALUES (:name, :hash, :now)"
                        + " ON CONFLICT (name) DO UPDATE SET secret_hash = excluded.secret_hash")
                .param("name", name).param("hash", secretHash).param("now", java.sql.Timestamp.from(now)).update();
    }
}
