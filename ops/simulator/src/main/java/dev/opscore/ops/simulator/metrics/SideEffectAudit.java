package dev.opscore.ops.simulator.metrics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Duplicate side effects: what the PMS did beyond what OpsCore recorded doing. Three views:
 * <ul>
 * <li>per effect, the PMS's count against OpsCore's successful calls (work orders created against
 *     {@code workorders.create}, OUTBOUND messages against {@code messages.post}, dispatches against
 *     {@code workorders.assign} + {@code bids.accept}, bids against {@code bids.request}, notifications
 *     against {@code notifications.send}); an excess is a duplicate;</li>
 * <li>per run, a step that went through twice (the same step name, two successful writes);</li>
 * <li>per call, by {@code Idempotency-Key}: an effect the PMS served under a key no successful call
 *     of OpsCore's carries (unrecorded: the client gave up, the PMS acted), and a successful call whose
 *     key the PMS never served (phantom). Keys are OpsCore's own, derived from run, step and tool.</li>
 * </ul>
 * Duplicates (the first two) must be 0; unrecorded effects are reported beside them.
 */
public record SideEffectAudit(List<EffectCount> counts, List<RepeatedStep> repeatedSteps, List<String> unrecorded,
                              List<String> phantom) {

    /** Effect names and the tools that cause them. */
    public static final Map<String, List<String>> EFFECTS = effects();

    /** The PMS's count of an effect and OpsCore's successful calls that cause it. */
    public record EffectCount(String effect, long inPms, long recorded) {

        public long excess() {
            return Math.max(0, inPms - recorded);
        }
    }

    /** A step of a run whose write went through more than once. */
    public record RepeatedStep(UUID runId, String step, long times) {
    }

    public long duplicates() {
        return counts.stream().mapToLong(EffectCount::excess).sum()
                + repeatedSteps.stream().mapToLong(r -> r.times() - 1).sum();
    }

    public static SideEffectAudit of(List<CallRecord> calls, Set<String> writeTools, PmsEffects pms) {
        List<CallRecord> writes = calls.stream().filter(c -> writeTools.contains(c.tool())).toList();
        List<CallRecord> done = writes.stream().filter(CallRecord::executed).toList();
        List<EffectCount> counts = new ArrayList<>();
        EFFECTS.forEach((effect, tools) -> counts.add(new EffectCount(effect, pms.counts().getOrDefault(effect, 0L),
                done.stream().filter(c -> tools.contains(c.tool())).count())));
        Map<List<Object>, Long> perStep = done.stream().collect(Collectors.groupingBy(
                c -> List.of(c.runId(), c.stepName()), LinkedHashMap::new, Collectors.counting()));
        List<RepeatedStep> repeated = perStep.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> new RepeatedStep((UUID) e.getKey().get(0), (String) e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparing((RepeatedStep r) -> r.runId().toString()).thenComparing(RepeatedStep::step))
                .toList();
        Map<String, CallRecord> recordedKeys = done.stream()
                .collect(Collectors.toMap(SideEffectAudit::key, Function.identity(), (a, b) -> a));
        Map<String, CallRecord> anyKeys = writes.stream()
                .collect(Collectors.toMap(SideEffectAudit::key, Function.identity(), (a, b) -> a));
        List<String> unrecorded = pms.idempotencyKeys().stream().filter(k -> !recordedKeys.containsKey(k))
                .map(k -> anyKeys.containsKey(k) ? describe(anyKeys.get(k)) + " (recorded as failed)" : k + " (no call)")
                .sorted().toList();
        List<String> phantom = recordedKeys.entrySet().stream().filter(e -> !pms.idempotencyKeys().contains(e.getKey()))
                .map(e -> describe(e.getValue())).sorted().toList();
        return new SideEffectAudit(counts, repeated, unrecorded, phantom);
    }

    /** OpsCore's {@code Idempotency-Key} for a call: the name-based UUID of run, step order and tool. */
    public static String key(CallRecord call) {
        String name = "opscore:tool-call:" + call.runId() + ":" + call.stepOrder() + ":" + call.tool();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String describe(CallRecord call) {
        return call.tool() + " in run " + call.runId() + " step " + call.stepOrder() + " (" + call.stepName() + ")";
    }

    private static Map<String, List<String>> effects() {
        Map<String, List<String>> effects = new LinkedHashMap<>();
        effects.put("work orders created", List.of("workorders.create"));
        effects.put("messages to tenants", List.of("messages.post"));
        effects.put("vendor dispatches", List.of("workorders.assign", "bids.accept"));
        effects.put("bid requests", List.of("bids.request"));
        effects.put("staff notifications", List.of("notifications.send"));
        return effects;
    }
}
