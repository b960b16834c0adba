package dev.opscore.policy;

/** The {@code financial} section. When enabled, irreversible financial actions fall under the spend rule. */
public record FinancialSettings(boolean irreversibleActionsEnabled) {
}
