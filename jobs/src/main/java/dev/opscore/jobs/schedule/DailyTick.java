package dev.opscore.jobs.schedule;

import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/** The recurring JobRunr job that fires the daily tick. */
record DailyTick() implements JobRequest {

    @Override
    public Class<Handler> getJobRequestHandler() {
        return Handler.class;
    }

    @Component
    static class Handler implements JobRequestHandler<DailyTick> {

        private final ScheduleTick tick;

        Handler(ScheduleTick tick) {
            this.tick = tick;
        }

        @Override
        public void run(DailyTick request) {
            tick.daily();
        }
    }
}
