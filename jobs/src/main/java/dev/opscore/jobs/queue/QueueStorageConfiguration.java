package dev.opscore.jobs.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.common.DatabaseCreator;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * JobRunr's storage on our PostgreSQL. JobRunr creates its own tables at start; processes starting
 * together on a new database race to create them ("relation already exists"). Its migrations run
 * here under a PostgreSQL advisory lock, one process at a time, before the storage is used.
 */
@Configuration(proxyBeanMethods = false)
class QueueStorageConfiguration {

    private static final long SCHEMA_LOCK = 4_711_002L;

    @Bean(destroyMethod = "close")
    StorageProvider storageProvider(DataSource dataSource, JobMapper jobMapper, JobRunrProperties properties) {
        String tablePrefix = properties.getDatabase().getTablePrefix();
        if (!properties.getDatabase().isSkipCreate()) {
            createSchemaOneProcessAtATime(dataSource, tablePrefix);
        }
        StorageProvider storage = SqlStorageProviderFactory.using(dataSource, tablePrefix, DatabaseOptions.SKIP_CREATE);
        storage.setJobMapper(jobMapper);
        return storage;
    }

    private static void createSchemaOneProcessAtATime(DataSource dataSource, String tablePrefix) {
        try (Connection lockHolder = dataSource.getConnection(); Statement statement = lockHolder.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + SCHEMA_LOCK + ")");
            try {
                new DatabaseCreator(dataSource, tablePrefix, PostgresStorageProvider.class).runMigrations();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + SCHEMA_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot create JobRunr's tables", e);
        }
    }
}
