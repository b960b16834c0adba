package dev.opscore.jobs.exception;

/** What kind of exception (seed's AgentException.category). */
public enum ExceptionCategory {
    LEGAL, FINANCIAL, SAFETY, SLA, SYSTEM
}
