package dev.opscore.jobs.runtime;

import java.util.Map;

/** A manager's answer to an exception that paused a run. */
public enum DecisionKind {
    APPROVE, REJECT, APPROVE_WITH_CHANGES;

    public boolean approves() {
        return this != REJECT;
    }

    /** The kind recorded in a DECISION signal's payload. */
    public static DecisionKind of(Map<String, Object> payload) {
        return valueOf(String.valueOf(payload.get("decision")));
    }
}
