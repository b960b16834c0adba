package dev.opscore.jobs.runtime;

/** This process's name in run rows ({@code agent_run.worker}), so an operator can see who ran what. */
public record WorkerName(String value) {
}
