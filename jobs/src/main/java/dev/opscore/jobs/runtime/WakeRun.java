package dev.opscore.jobs.runtime;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/** A JobRunr job that wakes a waiting run when its timer is due. */
public record WakeRun(UUID runId) implements JobRequest {

    @Override
    public Class<WakeRunHandler> getJobRequestHandler() {
        return WakeRunHandler.class;
    }
}
