package dev.opscore.ops.sandbox.clock;

import static dev.opscore.ops.sandbox.store.SqlValues.timestamp;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.store.SqlValues;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sandbox's clock and world settings, kept in {@code sandbox.world_state}. Every sandbox
 * component reads time here (or through {@link #asClock()}), never from the system clock, so that
 * a test or the simulator decides when things happen.
 */
@Component
@ConditionalOnSandbox
public class SandboxClock {

    private final JdbcClient jdbc;

    public SandboxClock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Instant instant() {
        return state().now();
    }

    public LocalDate today(ZoneId zone) {
        return instant().atZone(zone).toLocalDate();
    }

    /** A {@code java.time.Clock} that reads the sandbox's time at every call. */
    public Clock asClock() {
        return new SandboxTimeClock(this, ZoneOffset.UTC);
    }

    public WorldState state() {
        return find().orElseThrow(() -> new IllegalStateException("The sandbox world has not been seeded"));
    }

    public Optional<WorldState> find() {
        return jdbc.sql("SELECT seed, epoch, now_at, start_at FROM sandbox.world_state WHERE id = 1")
                .query((rs, n) -> new WorldState(rs.getLong("seed"), rs.getInt("epoch"), SqlValues.instant(rs, "now_at"),
                        SqlValues.instant(rs, "start_at")))
                .optional();
    }

    /** Moves the clock to {@code next} unless it is already there or later; call inside the world's transaction. */
    public void moveForwardTo(Instant next) {
        jdbc.sql("UPDATE sandbox.world_state SET now_at = :next WHERE id = 1 AND now_at < :next")
                .param("next", timestamp(next)).update();
    }

    /** Starts a new world: seed, the next epoch, the clock at {@code start}. Part of a reset's transaction. */
    public WorldState restart(long seed, Instant start) {
        int epoch = find().map(state -> state.epoch() + 1).orElse(1);
        jdbc.sql("INSERT INTO sandbox.world_state (id, seed, epoch, now_at, start_at) VALUES (1, :seed, :epoch, :start, :start)"
                        + " ON CONFLICT (id) DO UPDATE SET seed = :seed, epoch = :epoch, now_at = :start, start_at = :start")
                .param("seed", seed).param("epoch", epoch).param("start", timestamp(start)).update();
        return new WorldState(seed, epoch, start, start);
    }
}
