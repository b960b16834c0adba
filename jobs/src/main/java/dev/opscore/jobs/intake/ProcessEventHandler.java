package dev.opscore.jobs.intake;

import dev.opscore.jobs.runtime.RunLauncher;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/** Runs a queued {@link ProcessEvent} on a JobRunr worker; JobRunr retries it if it throws. */
@Component
public class ProcessEventHandler implements JobRequestHandler<ProcessEvent> {

    private final RunLauncher launcher;

    public ProcessEventHandler(RunLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    @Job(name = "Process event %0", retries = 5)
    public void run(ProcessEvent request) {
        launcher.process(request.eventId());
    }
}
