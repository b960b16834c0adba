package dev.opscore.app.config;

import java.util.Locale;
import java.util.Map;

/** The three roles of the one jar, chosen by {@code opscore.role}. */
enum OpsCoreRole {
    /** API and workers in one process: the default. */
    ALL(Map.of()),
    /** HTTP API only; jobs are left to worker processes. */
    API(Map.of("jobrunr.background-job-server.enabled", "false")),
    /** Workers only: no HTTP API, no dashboard; polls the queue. */
    WORKER(Map.of("spring.main.web-application-type", "none",
            "jobrunr.dashboard.enabled", "false",
            "jobrunr.background-job-server.enabled", "true"));

    private final Map<String, Object> defaults;

    OpsCoreRole(Map<String, Object> defaults) {
        this.defaults = defaults;
    }

    Map<String, Object> defaults() {
        return defaults;
    }

    static OpsCoreRole parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("opscore.role must be all, api or worker, not '" + value + "'", e);
        }
    }
}
