package dev.opscore.ops.simulator.driver;

import dev.opscore.ops.simulator.process.OpsCoreProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until OpsCore has nothing left to do at the world's current instant: no run queued or
 * running (an accepted event's run is stored QUEUED in the intake's own transaction), and no waiting
 * run whose timer is due by the world's clock (the runtime's sweep takes those within its interval;
 * a signal brings the timer forward to now). The driver hands over one thing at a
 * time and calls this after each, so one thing happens at a time.
 */
final class Quiescence {

    static final Duration POLL = Duration.ofMillis(10);
    static final Duration RESUME_PATIENCE = Duration.ofMinutes(10);

    private static final String BUSY_RUNS = "SELECT id FROM agent_run WHERE status IN ('QUEUED', 'RUNNING')"
            + " OR (status = 'WAITING' AND wake_at <= (SELECT now_at FROM sandbox.world_state WHERE id = 1))";

    private static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "CANCELLED");

    private final JdbcClient db;
    private final Duration patience;
    private final Set<UUID> stuck = new LinkedHashSet<>();

    Quiescence(JdbcClient db, Duration patience) {
        this.db = db;
        this.patience = patience;
    }

    /** Returns once quiet; a run still busy after {@code patience} of wall time is named, set aside and counted. */
    void await() {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            List<UUID> busy = new ArrayList<>(db.sql(BUSY_RUNS).query(UUID.class).list());
            busy.removeAll(stuck);
            if (busy.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                System.err.println("simulator: OpsCore not quiet after " + patience + ": runs " + busy
                        + "; set aside");
                stuck.addAll(busy);
                return;
            }
            OpsCoreProcess.pause(POLL);
        }
    }

    /**
     * How often a worker has taken the run up so far (each drive appends {@code RUN_STARTED} to the audit
     * trail): read before a manager's decision, to tell when the decision has been acted on.
     */
    long starts(UUID runId) {
        return db.sql("SELECT count(*) FROM audit_log WHERE action = 'RUN_STARTED' AND subject = :subject")
                .param("subject", "run:" + runId).query(Long.class).single();
    }

    /** Waits until the run has been taken up again since it had {@code before} starts (or has ended), then until quiet. */
    void awaitResumed(UUID runId, long before) {
        long deadline = System.nanoTime() + RESUME_PATIENCE.toNanos();
        long started = System.nanoTime();
        while (!resumed(runId, before)) {
            if (System.nanoTime() > deadline) {
                System.err.println("simulator: run " + runId + " not taken up within " + RESUME_PATIENCE + " of a decision");
                break;
            }
            OpsCoreProcess.pause(POLL);
        }
        long waited = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        if (waited >= 5) {
            System.err.println("simulator: run " + runId + " took " + waited + " s to be taken up after a decision");
        }
        await();
    }

    /** Runs that never settled (each also went to stderr when it was set aside). */
    Set<UUID> stuck() {
        return Set.copyOf(stuck);
    }

    /** Taken up again, or ended: a decision on an item of a run that has moved on resumes nothing. */
    private boolean resumed(UUID runId, long before) {
        String status = db.sql("SELECT status FROM agent_run WHERE id = :id").param("id", runId).query(String.class)
                .optional().orElse("COMPLETED");
        return TERMINAL.contains(status) || starts(runId) > before;
    }
}
