package dev.opscore.jobs.exception;

/** How urgent an inbox item is; the inbox lists CRITICAL first. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
