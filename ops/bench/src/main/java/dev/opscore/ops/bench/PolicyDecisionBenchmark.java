package dev.opscore.ops.bench;

import dev.opscore.policy.Action;
import dev.opscore.policy.Decision;
import dev.opscore.policy.EvaluationResult;
import dev.opscore.policy.PolicyConfig;
import dev.opscore.policy.PolicyEngine;
import dev.opscore.policy.PolicyEvaluation;
import dev.opscore.policy.ScopeResolution;
import dev.opscore.policy.StoredPolicy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Policy decisions per second on one thread, over a fixed realistic mix of actions built in
 * {@link #setUp()}.
 *
 * <ul>
 *   <li>{@code typedDecision}: {@link PolicyEngine#evaluate} on a pre-parsed action and a
 *       pre-resolved configuration: the cost the runtime pays per proposed action.</li>
 *   <li>{@code dryRunFromJson}: {@link PolicyEvaluation#evaluate} from an untyped request body:
 *       scope resolution, merging, validation, parsing and the decision, as behind
 *       {@code POST /api/agent/policies/evaluate} (without HTTP and JSON text parsing).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolicyDecisionBenchmark {

    /** A power of two, so the cursor wraps with a mask. */
    private static final int MIX_SIZE = 256;

    private final PolicyEngine engine = new PolicyEngine();
    private final OffsetDateTime clock = OffsetDateTime.parse("2026-01-14T12:00:00-05:00");
    private PolicyConfig config;
    private Action[] actions;
    private List<Map<String, Object>> bodies;
    private List<StoredPolicy> stored;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        stored = List.of(
                new StoredPolicy("g2", "global", null, 2, true, Map.of("spend", Map.of("hardBlockAbove", 6000))),
                new StoredPolicy("g1", "global", null, 1, false, Map.of()),
                new StoredPolicy("p7", "property", "prop-17", 7, true, Map.of(
                        "spend", Map.of("autoApproveMax", 500),
                        "messaging", Map.of("quietHours", Map.of("start", "22:00", "end", "07:00")))));
        config = PolicyConfig.fromMap(ScopeResolution.resolve(stored, null, "prop-17").config(), "config");
        List<Map<String, Object>> mix = ActionMix.actions(MIX_SIZE);
        actions = mix.stream().map(json -> Action.fromMap(json, "action", clock)).toArray(Action[]::new);
        bodies = mix.stream().map(json -> Map.<String, Object>of("propertyId", "prop-17", "action", json)).toList();
    }

    @Benchmark
    public Decision typedDecision() {
        Action action = actions[next];
        next = (next + 1) & (MIX_SIZE - 1);
        return engine.evaluate(config, action, false);
    }

    @Benchmark
    public EvaluationResult dryRunFromJson() {
        Map<String, Object> body = bodies.get(next);
        next = (next + 1) & (MIX_SIZE - 1);
        return PolicyEvaluation.evaluate(body, stored, false, clock);
    }
}
