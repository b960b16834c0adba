package dev.opscore.ops.simulator.driver;

import dev.opscore.ops.simulator.process.Credentials;
import dev.opscore.ops.simulator.process.OpsCoreProcess;
import dev.opscore.ops.simulator.scenario.Incident;
import dev.opscore.ops.simulator.scenario.PmTaskDue;
import dev.opscore.ops.simulator.scenario.PortfolioView;
import dev.opscore.ops.simulator.scenario.ScenarioEvent;
import dev.opscore.ops.simulator.scenario.TenantMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Drives one simulated month through a running OpsCore on virtual time. Scenario events are handed
 * over one at a time, in order: the world is moved to the event's time ({@code PUT /sandbox/clock},
 * which applies every vendor and tenant happening on the way), the event is delivered (a tenant writes
 * through the sandbox, an incident or PM task is posted to the intake), and OpsCore is left to settle
 * ({@link Quiescence}) before anything else happens. Between events time moves in steps of at most
 * {@code step}, stopping exactly where a run's timer, a manager's answer, a tenant's reply or a fault
 * change falls due; after each move the world's webhooks are relayed and OpsCore settles again.
 * After the last event the world runs on for {@code settle} with no new events, so late work can end.
 *
 * <p>One thing at a time and no wall-clock input make a seed's month repeatable.
 */
public final class MonthDriver {

    /** How to drive: the longest step, how long to run on after the month, how long OpsCore may take to settle. */
    public record Options(Duration step, Duration settle, Duration patience) {
    }

    private final Http http;
    private final JdbcClient db;
    private final Credentials credentials;
    private final Options options;
    private final Sandbox sandbox;
    private final Quiescence quiescence;
    private final WebhookRelay relay;
    private final TiedWakes tiedWakes;
    private long steps;
    private long handOversRefused;

    public MonthDriver(String baseUrl, JdbcClient db, Credentials credentials, Options options) {
        this.http = new Http(baseUrl);
        this.db = db;
        this.credentials = credentials;
        this.options = options;
        this.sandbox = new Sandbox(http, credentials.bearer());
        this.quiescence = new Quiescence(db, options.patience());
        this.relay = new WebhookRelay(db, http, credentials.bearer(), quiescence);
        this.tiedWakes = new TiedWakes(db);
    }

    /** The portfolio the sandbox world was built with, as the PMS contract lists it. */
    public PortfolioView portfolio() {
        return sandbox.portfolio();
    }

    /** The world's clock: where the month starts. */
    public Instant worldNow() {
        return sandbox.now();
    }

    /**
     * Runs the month: {@code policy} stored first, {@code events} (sorted, as the scenario gives them)
     * handed over until {@code end}, then the world run on for the settle period.
     */
    public MonthLedger run(List<ScenarioEvent> events, Instant end, PolicyVariant policy, FaultPlan faults,
                           BiFunction<Task, Instant, Optional<TenantAnswer>> answers) {
        long wallStart = System.nanoTime();
        Instant start = sandbox.now();
        applyPolicy(policy);
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        portfolio().properties().forEach(p -> zones.put(p.id(), ZoneId.of(p.timezone())));
        ManagerBot manager = new ManagerBot(db, http, credentials.manager(), sandbox, quiescence, zones);
        TenantBot tenants = new TenantBot(db, sandbox, relay, answers);
        Month month = new Month(manager, tenants, faults, start);
        int epoch = sandbox.epoch();
        List<Task> tasks = new ArrayList<>();
        month.settleAt(start);
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent event = events.get(i);
            if (event.at().isAfter(end) || !(event instanceof TenantMessage || event instanceof Incident
                    || event instanceof PmTaskDue)) {
                continue;
            }
            month.advanceTo(event.at());
            Task task = handOver(i, event, epoch);
            tasks.add(task);
            tenants.track(task);
            month.settleAt(event.at());
        }
        Instant settledUntil = end.plus(options.settle());
        month.advanceTo(settledUntil);
        System.err.println("simulate:   " + tiedWakes.ties() + " moves of the clock woke tied runs");
        return new MonthLedger(start, end, settledUntil, tasks, manager.touches(), tenants.replies(), steps,
                relay.delivered(), relay.refused(), handOversRefused, quiescence.stuck(), month.faultsApplied,
                Duration.ofNanos(System.nanoTime() - wallStart));
    }

    /** OpsCore's own KPI panel ({@code GET /api/agent/kpis}) over runs that ended in [from, to). */
    public JsonNode kpis(Instant from, Instant to) {
        return Http.expectOk(http.get("/api/agent/kpis?from=" + from + "&to=" + to, credentials.manager()),
                "GET /api/agent/kpis").body();
    }

    private void applyPolicy(PolicyVariant policy) {
        if (policy.isDefault()) {
            return;
        }
        Http.expectOk(http.post("/api/agent/policies", Map.of("scopeType", "global", "config", policy.config()),
                credentials.admin()), "storing the global policy " + policy.name());
    }

    private Task handOver(int index, ScenarioEvent event, int epoch) {
        if (event instanceof TenantMessage m) {
            Sandbox.Written written = sandbox.tenantWrites(m.tenantId(), m.text());
            relay.relay();
            UUID runId = relay.runFor("e" + epoch + ":" + written.messageId());
            return new Task(index, Task.Kind.MESSAGE, m.at(), m.propertyId(), m.unitId(), m.tenantId(), m.text(),
                    m.truth(), null, written.threadId(), runId);
        }
        if (event instanceof Incident incident) {
            Map<String, Object> payload = new LinkedHashMap<>();
            Optional.ofNullable(incident.unitId()).ifPresent(u -> payload.put("unitId", u));
            Optional.ofNullable(incident.tenantId()).ifPresent(t -> payload.put("tenantId", t));
            payload.put("category", incident.category().name());
            payload.put("priority", incident.priority().name());
            UUID runId = post("INCIDENT", "sim-incident-" + index, incident.propertyId(), incident.at(), payload);
            return new Task(index, Task.Kind.INCIDENT, incident.at(), incident.propertyId(), incident.unitId(),
                    incident.tenantId(), null, incident.truth(), null, null, runId);
        }
        PmTaskDue pm = (PmTaskDue) event;
        String category = sandbox.pmCategory(pm.pmScheduleId());
        UUID runId = post("PM_TASK_DUE", "sim-pm-" + index + "-" + pm.pmScheduleId(), pm.propertyId(), pm.at(),
                Map.of("pmScheduleId", pm.pmScheduleId()));
        return new Task(index, Task.Kind.PM, pm.at(), pm.propertyId(), null, null, null, null, category, null, runId);
    }

    private UUID post(String type, String ref, String propertyId, Instant at, Map<String, Object> payload) {
        Http.Reply reply = http.post("/api/agent/events", Map.of("type", type, "ref", ref, "propertyId", propertyId,
                "occurredAt", at.toString(), "payload", payload), credentials.bearer());
        quiescence.await();
        if (!reply.ok()) {
            handOversRefused++;
            System.err.println("simulator: intake refused " + type + " " + ref + ": " + reply.status() + " " + reply.body());
            return null;
        }
        return UUID.fromString(reply.body().path("runId").asString());
    }

    /** The month's moving parts: time, the manager, the tenants and the fault plan. */
    private final class Month {

        private final ManagerBot manager;
        private final TenantBot tenants;
        private final FaultPlan faults;
        private final List<FaultPlan.Change> faultsApplied = new ArrayList<>();
        private final Instant start;
        private final long wallStart = System.nanoTime();
        private Instant now;

        Month(ManagerBot manager, TenantBot tenants, FaultPlan faults, Instant start) {
            this.manager = manager;
            this.tenants = tenants;
            this.faults = faults;
            this.start = start;
            this.now = start;
        }

        /**
         * Moves the world to {@code target} stop by stop. Where timers fall due at a stop, the world first
         * moves to just before it and OpsCore hears what happened on the way; only then does time reach
         * the timers (otherwise a timer and the webhook of a vendor who answered minutes earlier would race).
         */
        void advanceTo(Instant target) {
            while (now.isBefore(target)) {
                Instant next = Stream.of(Optional.of(target), Optional.of(now.plus(options.step())), nextWake(),
                                manager.nextAnswer(), tenants.nextReply(), faults.nextAfter(now))
                        .flatMap(Optional::stream).filter(at -> at.isAfter(now)).min(Instant::compareTo)
                        .orElse(target);
                Instant justBefore = next.minusMillis(1);
                if (tiedWakes.beforeMoveTo(next) > 0 && justBefore.isAfter(now)) {
                    sandbox.moveTo(justBefore);
                    relay.relay();
                    quiescence.await();
                }
                applyFaults(next);
                sandbox.moveTo(next);
                progress(now, next);
                now = next;
                steps++;
                settleAt(now);
            }
        }

        /**
         * Everything due at {@code at}, in a fixed order: timers (the runtime's sweep), then the world's
         * webhooks of happenings at this instant, then the manager's answers and the tenants' replies.
         */
        void settleAt(Instant at) {
            applyFaults(at);
            quiescence.await();
            relay.relay();
            quiescence.await();
            long slowMs = faults.slowMsAt(at);
            if (slowMs > 0) {
                // a slowed call the client gave up on is still being served: wait it out, so it lands now
                OpsCoreProcess.pause(Duration.ofMillis(slowMs + 500));
                relay.relay();
                quiescence.await();
            }
            manager.answerDue(at);
            tenants.replyDue(at);
            relay.relay();
            quiescence.await();
        }

        /** Fault rules in force from {@code at}, set while OpsCore is quiet (before the world reaches it). */
        private void applyFaults(Instant at) {
            faults.at(at).filter(change -> !faultsApplied.contains(change)).ifPresent(change -> {
                sandbox.faults(change.rules());
                faultsApplied.add(change);
            });
        }

        /** A line on stderr per virtual day, so a long month shows where it is (never part of the figures). */
        private void progress(Instant from, Instant to) {
            long day = Duration.between(start, to).toDays();
            if (day != Duration.between(start, from).toDays()) {
                System.err.printf("simulate:   day %d of the world, %d stops so far, %d s wall time%n", day, steps,
                        Duration.ofNanos(System.nanoTime() - wallStart).toSeconds());
            }
        }

        private Optional<Instant> nextWake() {
            return db.sql("SELECT wake_at FROM agent_run WHERE status = 'WAITING' AND wake_at > :now"
                            + " ORDER BY wake_at LIMIT 1")
                    .param("now", now.atOffset(ZoneOffset.UTC)).query(OffsetDateTime.class).list().stream()
                    .map(OffsetDateTime::toInstant).findFirst();
        }
    }
}
