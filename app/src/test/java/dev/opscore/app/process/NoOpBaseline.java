package dev.opscore.app.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.utils.mapper.JsonMapperFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The baseline: {@link NoOpJob}s enqueued into OpsCore's JobRunr tables (the tables the worker
 * processes poll) and timed by JobRunr's own state history, read back from {@code jobrunr_jobs}:
 * first ENQUEUED, first PROCESSING, last SUCCEEDED. Use once the processes have created the tables.
 */
final class NoOpBaseline implements AutoCloseable {

    private final StorageProvider storage;
    private final JobRequestScheduler queue;
    private final JdbcClient jdbc;

    NoOpBaseline(DataSource dataSource) {
        this.storage = SqlStorageProviderFactory.using(dataSource, null, DatabaseOptions.SKIP_CREATE);
        this.storage.setJobMapper(new JobMapper(JsonMapperFactory.createJsonMapper()));
        this.queue = new JobRequestScheduler(storage);
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Enqueues {@code jobs} no-op jobs in one batch and waits until every one succeeded. */
    Burst run(int jobs) {
        Set<String> before = Set.copyOf(noOpJobIds());
        queue.enqueue(IntStream.range(0, jobs).mapToObj(NoOpJob::new));
        List<String> ids = noOpJobIds().stream().filter(id -> !before.contains(id)).toList();
        assertThat(ids).hasSize(jobs);
        await().atMost(Duration.ofMinutes(2)).pollInterval(RunWatch.EVERY).until(() -> jdbc.sql(
                        "SELECT count(*) FROM jobrunr_jobs WHERE state = 'SUCCEEDED' AND id IN (:ids)")
                .param("ids", ids).query(Long.class).single() == jobs);
        return timed(ids);
    }

    private List<String> noOpJobIds() {
        return jdbc.sql("SELECT trim(id) FROM jobrunr_jobs WHERE jobsignature LIKE :handler")
                .param("handler", NoOpJobHandler.class.getName() + "%").query(String.class).list();
    }

    private Burst timed(List<String> ids) {
        Instant firstEnqueued = Instant.MAX;
        Instant firstProcessing = Instant.MAX;
        Instant lastSucceeded = Instant.MIN;
        for (String id : ids) {
            Job job = storage.getJobById(UUID.fromString(id));
            for (JobState state : job.getJobStates()) {
                Instant at = state.getCreatedAt();
                if (state.getName() == StateName.ENQUEUED && at.isBefore(firstEnqueued)) {
                    firstEnqueued = at;
                } else if (state.getName() == StateName.PROCESSING && at.isBefore(firstProcessing)) {
                    firstProcessing = at;
                } else if (state.getName() == StateName.SUCCEEDED && at.isAfter(lastSucceeded)) {
                    lastSucceeded = at;
                }
            }
        }
        return new Burst(ids.size(), Duration.between(firstEnqueued, lastSucceeded),
                Duration.between(firstProcessing, lastSucceeded));
    }

    @Override
    public void close() {
        storage.close();
    }
}
