package dev.opscore.jobs.intake;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/** The queued job for one accepted event: only its id; the handler reloads everything else. */
public record ProcessEvent(UUID eventId) implements JobRequest {

    @Override
    public Class<ProcessEventHandler> getJobRequestHandler() {
        return ProcessEventHandler.class;
    }
}
