package dev.opscore.jobs.intake;

import java.util.Locale;

/** The seed's trigger types (AgentRun.triggerType). */
public enum TriggerType {
    EVENT, SCHEDULE, MANUAL;

    /** The stored form: lower case, as the seed writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
