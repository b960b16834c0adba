package dev.opscore.ops.bench;

import dev.opscore.jobs.triage.EmbeddingTriageClassifier;
import dev.opscore.jobs.triage.TriageInput;
import dev.opscore.jobs.triage.TriageResult;
import dev.opscore.jobs.triage.TriageRules;
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
 * The first call's latency, reported apart from {@link TriageClassifyBenchmark}'s steady state: a new
 * classifier per fresh JVM, whose first {@code classify} loads ONNX Runtime, the embedding model and
 * the trained heads before it classifies. One shot per fork, ten forks.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@State(Scope.Thread)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class TriageFirstCallBenchmark {

    private EmbeddingTriageClassifier classifier;
    private TriageInput input;

    @Setup(Level.Trial)
    public void setUp() {
        classifier = new EmbeddingTriageClassifier(new TriageRules());
        TenantMessages.Message message = TenantMessages.mix().get(0);
        input = new TriageInput(message.text(), message.channel(), null, null);
    }

    @Benchmark
    public TriageResult firstCall() {
        return classifier.classify(input);
    }
}
