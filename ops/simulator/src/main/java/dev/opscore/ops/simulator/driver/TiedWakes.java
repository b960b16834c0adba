package dev.opscore.ops.simulator.driver;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs whose timers fall due at the same instant. The runtime's sweep wakes them in the order of
 * {@code RunRows.dueOrStalled}, {@code ORDER BY wake_at} with no tie-break, which PostgreSQL answers in the
 * rows' physical order; that order depends on when PostgreSQL reused space, so two months of the same
 * seed could wake tied runs in different orders (and their PMS ids and vendor slots with them).
 *
 * <p>Temporary workaround until the sweep orders by {@code wake_at, id} (run ids are derived from the
 * trigger, so that order is the same every time): before the world moves to an instant where two or more
 * runs fall due, the driver rewrites {@code agent_run} in id order ({@code CLUSTER ... USING
 * agent_run_pkey}, while OpsCore is quiet). No row changes; the tied runs' index entries then follow
 * their ids.
 */
final class TiedWakes {

    private final JdbcClient db;
    private long ties;

    TiedWakes(JdbcClient db) {
        this.db = db;
    }

    /** Call while OpsCore is quiet, before moving the world to {@code next}; returns how many runs fall due there. */
    long beforeMoveTo(Instant next) {
        long due = db.sql("SELECT count(*) FROM agent_run WHERE status = 'WAITING' AND wake_at <= :next")
                .param("next", next.atOffset(ZoneOffset.UTC)).query(Long.class).single();
        if (due >= 2) {
            ties++;
            db.sql("CLUSTER agent_run USING agent_run_pkey").update();
        }
        return due;
    }

    /** How many moves had tied runs. */
    long ties() {
        return ties;
    }
}
