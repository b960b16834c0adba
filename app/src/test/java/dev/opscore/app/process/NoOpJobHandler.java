package dev.opscore.app.process;

import org.jobrunr.jobs.lambdas.JobRequestHandler;

/** Does nothing; a Spring bean in the worker processes only through {@link NoOpJobConfiguration}. */
public class NoOpJobHandler implements JobRequestHandler<NoOpJob> {

    @Override
    public void run(NoOpJob request) {
        // the baseline measures the queue, not the work
    }
}
