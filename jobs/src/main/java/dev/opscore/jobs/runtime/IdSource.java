package dev.opscore.jobs.runtime;

import java.util.UUID;

/** Where new row ids come from; injected so that the simulator and tests can make them repeatable. */
@FunctionalInterface
public interface IdSource {

    UUID next();

    static IdSource random() {
        return UUID::randomUUID;
    }
}
