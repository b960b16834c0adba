package dev.opscore.policy;

/** Tenant message intents of {@code triage.md}; wire names are the constant names. */
public enum Intent {
    MAINTENANCE_INTAKE, STATUS_UPDATE, BILLING, RENEWAL_INFO, LEASE, FAQ, COMPLAINT
}
