package dev.opscore.ops.sandbox.store;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Migrates schema {@code sandbox} with the sandbox's own Flyway instance (migrations in
 * {@code classpath:db/sandbox}, history in {@code sandbox.flyway_schema_history}) when the
 * application context creates it. Deliberately not a {@code Flyway} bean: one would make Spring
 * Boot's Flyway, which migrates OpsCore's own schema, back off.
 */
@Component
@ConditionalOnSandbox
public class SandboxSchema {

    public static final String SCHEMA = "sandbox";

    public SandboxSchema(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/sandbox")
                .load()
                .migrate();
    }
}
