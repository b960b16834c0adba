package dev.opscore.policy;

/** Maintenance categories of {@code triage.md}; wire names are the constant names. */
public enum Category {
    PLUMBING, HVAC, ELECTRICAL, APPLIANCE, PEST, LOCKS_DOORS, GENERAL
}
