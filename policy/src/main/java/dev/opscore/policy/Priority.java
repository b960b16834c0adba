package dev.opscore.policy;

/** Maintenance priorities of {@code triage.md}; wire names are the constant names. */
public enum Priority {
    EMERGENCY, URGENT, ROUTINE
}
