package dev.opscore.app.process;

import static dev.opscore.app.support.ApiClient.Caller.ADMIN;
import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * A burst of routine maintenance requests written by the sandbox's tenants, planned so that a vendor
 * can take every one: each tenant writes once (a new SMS thread, so every message is a new request),
 * about a trade that no other message of its unit names, and only while a vendor covering that trade
 * at the tenant's property has a free slot (vendors take 2-8 open orders each, which is what limits
 * a burst to about a hundred requests per world).
 */
final class TenantBurst {

    static final String DAYTIME = "2026-01-05T15:00:00Z";

    private static final Map<String, List<String>> CANDIDATES = candidates();

    private final ApiClient api;
    private final Map<String, List<String>> texts = new LinkedHashMap<>();

    TenantBurst(ApiClient api) {
        this.api = api;
    }

    /** One tenant's message: who writes, the trade it is meant for, the text. */
    record Message(String tenantId, String trade, String body) {
    }

    /**
     * Keeps the candidate texts that OpsCore's triage (the same classifier the runs use, through its
     * dry run) reads as routine maintenance of their trade with no risk flag; fails if a trade has none.
     */
    void chooseTexts() {
        CANDIDATES.forEach((trade, candidates) -> {
            List<String> kept = candidates.stream().filter(text -> readsAsRoutine(text, trade)).toList();
            assertThat(kept).as("texts triage reads as routine " + trade).isNotEmpty();
            texts.put(trade, kept);
        });
    }

    /** A freshly built world of {@code seed} at a weekday afternoon; returns its epoch. */
    int freshWorld(long seed) {
        assertThat(api.post("/sandbox/reset", Map.of("seed", seed), ADMIN).status()).isEqualTo(200);
        assertThat(api.put("/sandbox/clock", Map.of("now", DAYTIME), ADMIN).status()).isEqualTo(200);
        return api.get("/sandbox/clock", ADMIN).body().path("epoch").asInt();
    }

    /** The burst for the current world: tenants taken in turn across the properties. */
    List<Message> plan() {
        VendorSlots slots = new VendorSlots(items("/api/vendors?size=200"));
        List<String> trades = List.copyOf(texts.keySet());
        Set<String> unitTrades = new HashSet<>();
        List<Message> burst = new ArrayList<>();
        int i = 0;
        for (String[] tenant : tenantsInTurn()) {
            for (int k = 0; k < trades.size(); k++) {
                String trade = trades.get((i + k) % trades.size());
                if (!unitTrades.contains(tenant[1] + "|" + trade) && slots.take(tenant[2], trade)) {
                    unitTrades.add(tenant[1] + "|" + trade);
                    List<String> options = texts.get(trade);
                    burst.add(new Message(tenant[0], trade, options.get((i / trades.size()) % options.size())));
                    break;
                }
            }
            i++;
        }
        return burst;
    }

    /** Every tenant writes in, from four threads at once; the sandbox sends each on as a webhook. */
    void send(List<Message> burst) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = burst.stream().map(m -> writers.submit(() -> api.post(
                    "/sandbox/tenants/" + m.tenantId() + "/messages", Map.of("body", m.body()), ADMIN).status()))
                    .toList();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            writers.shutdown();
        }
    }

    private boolean readsAsRoutine(String text, String trade) {
        JsonNode triage = api.post("/api/agent/triage", Map.of("text", text, "channel", "SMS"), ADMIN).body();
        return "MAINTENANCE_INTAKE".equals(triage.path("intent").asString())
                && trade.equals(triage.path("category").asString())
                && "ROUTINE".equals(triage.path("priority").asString())
                && triage.path("riskFlags").isEmpty() && !triage.path("escalate").asBoolean();
    }

    /** Tenant id, unit id and property id, one property after another in turn. */
    private List<String[]> tenantsInTurn() {
        List<Deque<String[]>> perProperty = new ArrayList<>();
        for (JsonNode property : items("/api/properties?size=200")) {
            Deque<String[]> tenants = new ArrayDeque<>();
            String propertyId = property.path("id").asString();
            for (JsonNode unit : items("/api/properties/" + propertyId + "/units?size=200")) {
                unit.path("tenantIds").forEach(t -> tenants.add(new String[] {t.asString(),
                        unit.path("id").asString(), propertyId}));
            }
            perProperty.add(tenants);
        }
        List<String[]> inTurn = new ArrayList<>();
        while (perProperty.stream().anyMatch(q -> !q.isEmpty())) {
            perProperty.stream().filter(q -> !q.isEmpty()).forEach(q -> inTurn.add(q.poll()));
        }
        return inTurn;
    }

    private List<JsonNode> items(String path) {
        var response = api.get(path, SERVICE);
        assertThat(response.status()).as(path).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.body().path("items").forEach(items::add);
        return items;
    }

    /** Free slots per active vendor (max open orders less those open now). */
    private static final class VendorSlots {

        private final List<JsonNode> vendors;
        private final Map<String, Integer> free = new HashMap<>();

        VendorSlots(List<JsonNode> vendors) {
            this.vendors = vendors;
            vendors.forEach(v -> free.put(v.path("id").asString(),
                    v.path("maxOpenWorkOrders").asInt() - v.path("openWorkOrders").asInt()));
        }

        /**
         * Takes a slot of the covering vendor OpsCore would choose: the best score among those with a
         * free slot ({@code VendorScores.score} for a vendor with no history yet: on-time rate, rating,
         * neutral cost and repeats), then the lowest id; false when none is left.
         */
        boolean take(String propertyId, String trade) {
            JsonNode best = null;
            for (JsonNode v : vendors) {
                boolean covers = v.path("active").asBoolean() && contains(v.path("trades"), trade)
                        && contains(v.path("propertyIds"), propertyId);
                if (covers && free.get(v.path("id").asString()) > 0 && (best == null || score(v) > score(best))) {
                    best = v;
                }
            }
            if (best != null) {
                free.merge(best.path("id").asString(), -1, Integer::sum);
            }
            return best != null;
        }

        private static double score(JsonNode vendor) {
            return 0.35 * vendor.path("onTimeRate").asDouble() + 0.25 * vendor.path("rating").asDouble() / 5.0 + 0.4;
        }

        private static boolean contains(JsonNode array, String value) {
            for (JsonNode item : array) {
                if (value.equals(item.asString())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Candidate texts per trade. Only the trades the default policy lets OpsCore assign on its own
     * ({@code workOrders.autoAssignAllowedCategories}): an APPLIANCE dispatch waits for a manager.
     */
    private static Map<String, List<String>> candidates() {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        candidates.put("PLUMBING", List.of("The bathroom sink faucet is dripping constantly, please send someone to fix it",
                "The toilet keeps running after every flush.",
                "The bathroom sink drains slowly, it takes a few minutes to empty."));
        candidates.put("ELECTRICAL", List.of("The light fixture in the hallway of my apartment flickers all the time",
                "The light switch in the bathroom is loose and wiggles.", "The doorbell does not ring any more."));
        candidates.put("HVAC", List.of("The bathroom exhaust fan is very loud, it rattles whenever it runs.",
                "Could someone change the AC filter? It has not been changed since I moved in.",
                "The vent cover fell off the ceiling in the hallway."));
        candidates.put("GENERAL", List.of("The bedroom window blind is broken and will not roll down",
                "The kitchen cabinet door hinge broke and the door hangs crooked.",
                "The towel bar fell off the wall in the bathroom."));
        return candidates;
    }
}
