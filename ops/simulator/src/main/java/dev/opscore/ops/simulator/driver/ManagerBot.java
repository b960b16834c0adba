package dev.opscore.ops.simulator.driver;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The property manager: reads the exceptions inbox through the API and answers each item after a delay that depends
 * on its severity (CRITICAL within 15 minutes at any hour; HIGH after 2 hours, the rest after 8, in
 * business hours of the property's zone). An item that paused a run gets a decision through
 * {@code POST /api/agent/exceptions/{id}/decision}: APPROVE; for a missing vendor, the best covering
 * vendor not tried yet (APPROVE_WITH_CHANGES) or, when there is none, REJECT; for spend, a fixed
 * one in ten REJECTed (by a hash of the run's trigger, so the same month decides the same); for a failed
 * step, one retry per run, and none for a plan that did not converge (REJECT ends the run). Any other
 * item is resolved ({@code PATCH status RESOLVED}). Every answer is one manager touch.
 */
final class ManagerBot {

    static final Duration CRITICAL = Duration.ofMinutes(15);
    static final Duration HIGH = Duration.ofHours(2);
    static final Duration OTHER = Duration.ofHours(8);
    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(18, 0);
    static final int REJECT_SPEND_PER_MILLE = 100;
    static final int MAX_VENDOR_PICKS = 2;

    private record Item(UUID id, UUID runId, String severity, String category, String title, Integer stepOrder,
                        Instant createdAt, String propertyId, String triggerRef) {
    }

    private final JdbcClient db;
    private final Http http;
    private final String auth;
    private final Sandbox sandbox;
    private final Quiescence quiescence;
    private final Map<String, ZoneId> zones;
    private final Map<UUID, Instant> due = new HashMap<>();
    private final Map<UUID, Integer> vendorPicks = new HashMap<>();
    private final Map<UUID, Integer> systemRetries = new HashMap<>();
    private final List<ManagerTouch> touches = new ArrayList<>();
    private final Map<UUID, String> triggerRefs = new HashMap<>();
    private List<Item> inbox = List.of();
    private String inboxSignature = "";

    ManagerBot(JdbcClient db, Http http, String auth, Sandbox sandbox, Quiescence quiescence, Map<String, ZoneId> zones) {
        this.db = db;
        this.http = http;
        this.auth = auth;
        this.sandbox = sandbox;
        this.quiescence = quiescence;
        this.zones = zones;
    }

    /** When the next open item will be answered, if any is open. */
    Optional<Instant> nextAnswer() {
        refresh();
        return due.values().stream().min(Comparator.naturalOrder());
    }

    /** Answers every open item due by {@code now}, one at a time, letting OpsCore settle after each. */
    void answerDue(Instant now) {
        while (true) {
            List<Item> ready = open().stream().filter(i -> !dueOf(i).isAfter(now))
                    .sorted(Comparator.comparing(this::dueOf).thenComparing(Item::createdAt)
                            .thenComparing(i -> String.valueOf(i.triggerRef()))
                            .thenComparing(i -> i.stepOrder() == null ? -1 : i.stepOrder()).thenComparing(Item::title))
                    .toList();
            if (ready.isEmpty()) {
                return;
            }
            answer(ready.get(0), now);
        }
    }

    List<ManagerTouch> touches() {
        return List.copyOf(touches);
    }

    private void refresh() {
        List<Item> open = open();
        due.keySet().retainAll(open.stream().map(Item::id).toList());
        open.forEach(this::dueOf);
    }

    private Instant dueOf(Item item) {
        return due.computeIfAbsent(item.id(), id -> answerTime(item.severity(), item.createdAt(),
                zones.getOrDefault(item.propertyId(), ZoneId.of("UTC"))));
    }

    /** When a manager answers an item of this severity raised at {@code raised} in zone {@code zone}. */
    static Instant answerTime(String severity, Instant raised, ZoneId zone) {
        if ("CRITICAL".equals(severity)) {
            return raised.plus(CRITICAL);
        }
        Instant at = raised.plus("HIGH".equals(severity) ? HIGH : OTHER);
        return inBusinessHours(at, zone);
    }

    /** {@code at}, or the next weekday opening when it falls outside 09:00–18:00 Monday to Friday. */
    static Instant inBusinessHours(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        boolean weekday = local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY;
        LocalTime time = local.toLocalTime();
        if (weekday && !time.isBefore(OPENS) && time.isBefore(CLOSES)) {
            return at;
        }
        ZonedDateTime next = time.isBefore(OPENS) ? local.with(OPENS) : local.plusDays(1).with(OPENS);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next.toInstant();
    }

    /**
     * The open items as the inbox API lists them ({@code GET /api/agent/exceptions}), fetched again only
     * when the inbox changed (a cheap signature read from the database), since the driver looks at
     * every step.
     */
    private List<Item> open() {
        String signature = db.sql("SELECT coalesce(md5(string_agg(id::text, ',' ORDER BY id)), '')"
                + " FROM agent_exception WHERE status <> 'RESOLVED'").query(String.class).single();
        if (signature.equals(inboxSignature)) {
            return inbox;
        }
        List<Item> items = new ArrayList<>();
        for (String status : List.of("OPEN", "ACK")) {
            for (int page = 0; ; page++) {
                JsonNode body = Http.expectOk(http.get("/api/agent/exceptions?status=" + status + "&page=" + page
                        + "&size=200", auth), "GET /api/agent/exceptions").body();
                body.path("items").forEach(e -> items.add(item(e)));
                if (body.path("items").size() < 200) {
                    break;
                }
            }
        }
        inbox = List.copyOf(items);
        inboxSignature = signature;
        return inbox;
    }

    private Item item(JsonNode e) {
        UUID runId = e.path("runId").isNull() || e.path("runId").isMissingNode() ? null
                : UUID.fromString(e.path("runId").asString());
        String triggerRef = runId == null ? null : triggerRefs.computeIfAbsent(runId, id -> db.sql(
                "SELECT trigger_ref FROM agent_run WHERE id = :id").param("id", id).query(String.class).optional()
                .orElse(""));
        return new Item(UUID.fromString(e.path("id").asString()), runId, e.path("severity").asString(),
                e.path("category").asString(), e.path("title").asString(),
                e.path("stepOrder").isNumber() ? e.path("stepOrder").asInt() : null,
                Instant.parse(e.path("createdAt").asString()), e.path("propertyId").asString(null), triggerRef);
    }

    private void answer(Item item, Instant now) {
        due.remove(item.id());
        if (item.stepOrder() == null || item.runId() == null) {
            Http.Reply reply = http.patch("/api/agent/exceptions/" + item.id(), Map.of("status", "RESOLVED"), auth);
            record(item, now, reply, "RESOLVED");
            quiescence.await();
            return;
        }
        Map<String, Object> decision = decide(item);
        long starts = quiescence.starts(item.runId());
        Http.Reply reply = http.post("/api/agent/exceptions/" + item.id() + "/decision", decision, auth);
        record(item, now, reply, decision.get("decision") + (decision.containsKey("vendorId") ? " " + decision.get("vendorId") : ""));
        if (reply.status() == 202) {
            quiescence.awaitResumed(item.runId(), starts);
        }
    }

    private void record(Item item, Instant now, Http.Reply reply, String action) {
        if (reply.ok()) {
            touches.add(new ManagerTouch(item.id(), item.runId(), now, item.severity(), item.category(), action));
        } else if (reply.status() != 409) {
            System.err.println("simulator: manager's " + action + " on " + item.id() + " answered " + reply.status());
        }
    }

    private Map<String, Object> decide(Item item) {
        Map<String, Object> decision = new LinkedHashMap<>();
        if ("FINANCIAL".equals(item.category()) && rejectsSpend(item.triggerRef(), item.stepOrder())) {
            decision.put("decision", "REJECT");
            decision.put("note", "Not this month");
            return decision;
        }
        if ("SYSTEM".equals(item.category()) && !retryHelps(item)) {
            decision.put("decision", "REJECT");
            decision.put("note", "Retrying did not help; handled outside OpsCore");
            return decision;
        }
        if ("SLA".equals(item.category()) && item.title().startsWith("No vendor")) {
            int picks = vendorPicks.merge(item.runId(), 1, Integer::sum);
            Optional<String> vendor = picks > MAX_VENDOR_PICKS ? Optional.empty() : untriedVendor(item);
            if (vendor.isEmpty()) {
                decision.put("decision", "REJECT");
                decision.put("note", "No vendor to be had; handled outside OpsCore");
                return decision;
            }
            decision.put("decision", "APPROVE_WITH_CHANGES");
            decision.put("vendorId", vendor.get());
            return decision;
        }
        decision.put("decision", "APPROVE");
        return decision;
    }

    /**
     * A failed step is worth one retry (the PMS may be back); a plan that did not converge, or a run whose
     * retry the manager already approved once, is not: retrying it repeats the same failure.
     */
    private boolean retryHelps(Item item) {
        boolean converging = !item.title().endsWith(" planner");
        return converging && systemRetries.merge(item.runId(), 1, Integer::sum) <= 1;
    }

    /** Deterministic: the same run and step are rejected in every run of the same month. */
    static boolean rejectsSpend(String triggerRef, int stepOrder) {
        CRC32 crc = new CRC32();
        crc.update((triggerRef + "#" + stepOrder).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 1000 < REJECT_SPEND_PER_MILLE;
    }

    private Optional<String> untriedVendor(Item item) {
        String category = db.sql("SELECT output_json->>'category' FROM agent_step WHERE run_id = :r AND name = 'triage'")
                .param("r", item.runId()).query(String.class).optional().orElse(null);
        if (category == null) {
            return Optional.empty();
        }
        List<String> tried = db.sql("SELECT input_json->'assignment'->>'vendorId' FROM agent_step WHERE run_id = :r"
                        + " AND name LIKE 'dispatch-%' AND input_json->'assignment'->>'vendorId' IS NOT NULL")
                .param("r", item.runId()).query(String.class).list();
        return sandbox.vendors(category, item.propertyId()).stream()
                .filter(v -> !tried.contains(v.path("id").asString()))
                .sorted(Comparator.comparingDouble((JsonNode v) -> -v.path("rating").asDouble())
                        .thenComparing(v -> v.path("id").asString()))
                .map(v -> v.path("id").asString()).findFirst();
    }
}
