package dev.opscore.app.process;

import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The throughput baseline's job: JobRunr's own cost per job (storage, polling, state changes) with
 * no work inside. Public, like {@code ProcessEvent}, because JobRunr loads it by name in the worker.
 */
public record NoOpJob(int n) implements JobRequest {

    @Override
    public Class<NoOpJobHandler> getJobRequestHandler() {
        return NoOpJobHandler.class;
    }
}
