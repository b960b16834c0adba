package dev.opscore.ops.sandbox.world;

import java.util.Random;

/** The {@code Random} of one happening: the world's seed mixed with the happening's key (FNV-1a). */
final class WorldRandom {

    private WorldRandom() {
    }

    static Random of(long seed, String key) {
        long hash = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return new Random(hash);
    }
}
