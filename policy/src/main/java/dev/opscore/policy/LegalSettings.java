package dev.opscore.policy;

/** The {@code legal} section. When enabled, irreversible legal actions need approval instead of being blocked. */
public record LegalSettings(boolean autonomousActionsEnabled) {
}
