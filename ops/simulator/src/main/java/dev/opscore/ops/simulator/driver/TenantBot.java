package dev.opscore.ops.simulator.driver;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tenants answering troubleshooting steps: when OpsCore's message in a run asks the tenant to try
 * something (the run's {@code troubleshooting-steps} step, seen as a new OUTBOUND message in the PMS),
 * the tenant of that task writes back when the scenario says, with its answer (fixed or not),
 * through the sandbox's tenant endpoint like any tenant. A task the scenario gives no answer for
 * stays silent (OpsCore then dispatches when its window closes).
 */
final class TenantBot {

    private record Pending(Instant at, Task task, UUID runId, TenantAnswer answer) {
    }

    private final JdbcClient db;
    private final Sandbox sandbox;
    private final WebhookRelay relay;
    private final BiFunction<Task, Instant, Optional<TenantAnswer>> answers;
    private final Map<UUID, Task> tasksByRun = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<TenantReplied> replies = new ArrayList<>();
    private long lastSeq;

    TenantBot(JdbcClient db, Sandbox sandbox, WebhookRelay relay, BiFunction<Task, Instant, Optional<TenantAnswer>> answers) {
        this.db = db;
        this.sandbox = sandbox;
        this.relay = relay;
        this.answers = answers;
    }

    void track(Task task) {
        if (task.runId() != null && task.tenantId() != null) {
            tasksByRun.put(task.runId(), task);
        }
    }

    /** Notices troubleshooting messages sent since the last look; the earliest answer still to give. */
    Optional<Instant> nextReply() {
        notice();
        return pending.stream().map(Pending::at).min(Comparator.naturalOrder());
    }

    /** Sends every answer due by {@code now}, in time order, each delivered and settled before the next. */
    void replyDue(Instant now) {
        notice();
        List<Pending> ready = pending.stream().filter(p -> !p.at().isAfter(now))
                .sorted(Comparator.comparing(Pending::at).thenComparing(p -> p.task().index())).toList();
        for (Pending p : ready) {
            pending.remove(p);
            sandbox.tenantWrites(p.task().tenantId(), p.answer().text());
            replies.add(new TenantReplied(p.runId(), p.task().index(), now, p.answer().fixed()));
            relay.relay();
        }
    }

    List<TenantReplied> replies() {
        return List.copyOf(replies);
    }

    private void notice() {
        record Asked(long seq, String messageId, Instant sentAt) {
        }
        List<Asked> asked = db.sql("SELECT seq, id, sent_at FROM sandbox.message WHERE seq > :last AND direction = 'OUTBOUND'"
                        + " AND body LIKE '%Reply FIXED%' ORDER BY seq")
                .param("last", lastSeq)
                .query((rs, n) -> new Asked(rs.getLong("seq"), rs.getString("id"), rs.getObject("sent_at", OffsetDateTime.class).toInstant()))
                .list();
        lastSeq = db.sql("SELECT coalesce(max(seq), 0) FROM sandbox.message").query(Long.class).single();
        for (Asked a : asked) {
            Optional<UUID> run = db.sql("SELECT run_id FROM agent_step WHERE name = 'troubleshooting-steps'"
                    + " AND status = 'DONE' AND output_json->>'id' = :id").param("id", a.messageId())
                    .query(UUID.class).optional();
            Task task = run.map(tasksByRun::get).orElse(null);
            if (task != null) {
                answers.apply(task, a.sentAt()).ifPresent(answer ->
                        pending.add(new Pending(answer.at(), task, run.get(), answer)));
            }
        }
    }
}
