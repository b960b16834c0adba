package dev.opscore.ops.simulator.scenario;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Every random choice of the scenario, from {@code java.util.Random}s derived from the seed and a key
 * (never from the clock), so that a property, a tenant or a reply gets the same draws whatever else
 * the portfolio holds.
 */
final class Draws {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Draws() {
    }

    /** A {@code Random} for the seed and a key made of {@code parts}. */
    static Random random(long seed, String... parts) {
        long hash = FNV_OFFSET;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * FNV_PRIME;
            }
            hash = (hash ^ 0xff) * FNV_PRIME;
        }
        return new Random(mix(hash ^ mix(seed)));
    }

    /** The finaliser of SplitMix64: nearby keys give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static boolean chance(Random random, double probability) {
        return random.nextDouble() < probability;
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static <T> T weighted(Random random, List<T> items, ToDoubleFunction<T> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double roll = random.nextDouble() * total;
        for (T item : items) {
            roll -= weight.applyAsDouble(item);
            if (roll < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }

    /** A Poisson count with mean {@code mean} (Knuth; the means here are small). */
    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
