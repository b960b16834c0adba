package dev.opscore.policy;

/** The {@code compliance} section. {@code criticalDaysBeforeDue} is non-negative. */
public record ComplianceSettings(int criticalDaysBeforeDue, boolean autoCreateTasks, boolean overdueAlwaysEscalate) {

    public ComplianceSettings {
        Validation.nonNegative(criticalDaysBeforeDue, "criticalDaysBeforeDue");
    }
}
