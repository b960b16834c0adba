package dev.opscore.tools.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Keys are a function of (run, step, tool): equal inputs, equal keys; any difference, another key. */
class IdempotencyKeyProperties {

    @Property
    void sameStepSameKey(@ForAll("runs") UUID run, @ForAll @IntRange(min = 0, max = 500) int step,
                         @ForAll("toolNames") String tool) {
        assertThat(IdempotencyKeys.of(run, step, tool)).isEqualTo(IdempotencyKeys.of(new UUID(
                run.getMostSignificantBits(), run.getLeastSignificantBits()), step, tool));
    }

    @Property
    void anyDifferenceAnotherKey(@ForAll("runs") UUID run, @ForAll("runs") UUID otherRun,
                                 @ForAll @IntRange(min = 0, max = 500) int step,
                                 @ForAll @IntRange(min = 0, max = 500) int otherStep,
                                 @ForAll("toolNames") String tool, @ForAll("toolNames") String otherTool) {
        Assume.that(!run.equals(otherRun) || step != otherStep || !tool.equals(otherTool));
        assertThat(IdempotencyKeys.of(run, step, tool)).isNotEqualTo(IdempotencyKeys.of(otherRun, otherStep, otherTool));
    }

    @Provide
    Arbitrary<UUID> runs() {
        return Arbitraries.longs().tuple2().map(bits -> new UUID(bits.get1(), bits.get2()));
    }

    @Provide
    Arbitrary<String> toolNames() {
        return Arbitraries.of(Tools.all()).map(Tool::name);
    }
}
