package dev.opscore.app.config;

import com.zaxxer.hikari.HikariDataSource;
import dev.opscore.db.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, a real PostgreSQL starts in
 * {@code <data-dir>/postgres} and the application uses it; with one, Spring Boot's own data source
 * takes over and this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${opscore.data-dir}") String dataDirectory) {
        return EmbeddedPostgresServer.start(Path.of(dataDirectory).toAbsolutePath().resolve("postgres"));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setPoolName("opscore-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
