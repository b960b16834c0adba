package dev.opscore.ops.bench;

import dev.opscore.jobs.triage.EmbeddingTriageClassifier;
import dev.opscore.jobs.triage.TriageInput;
import dev.opscore.jobs.triage.TriageResult;
import dev.opscore.jobs.triage.TriageRules;
import java.util.List;
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
 * Latency of classifying one tenant message ({@link EmbeddingTriageClassifier#classify}: rules,
 * sentence embedding, lexical features, heads, invariants), sampled per call so JMH reports p50 and
 * p99, over a fixed mix of short SMS, portal messages and 2,000-character e-mails
 * ({@link TenantMessages}). The model is loaded in {@link #setUp()}, outside the measurement.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@State(Scope.Thread)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TriageClassifyBenchmark {

    private final EmbeddingTriageClassifier classifier = new EmbeddingTriageClassifier(new TriageRules());
    private List<TriageInput> inputs;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        inputs = TenantMessages.mix().stream()
                .map(message -> new TriageInput(message.text(), message.channel(), null, null)).toList();
        classifier.classify(inputs.get(0));
    }

    @Benchmark
    public TriageResult classify() {
        TriageInput input = inputs.get(next);
        next = (next + 1) % inputs.size();
        return classifier.classify(input);
    }
}
