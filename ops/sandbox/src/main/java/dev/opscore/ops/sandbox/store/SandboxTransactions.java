package dev.opscore.ops.sandbox.store;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions on the application's DataSource, joined by every {@code JdbcClient} call on the same
 * thread. The manager is private to the sandbox: exposing a transaction manager bean would replace
 * the application's own.
 */
@Component
@ConditionalOnSandbox
public class SandboxTransactions {

    private final TransactionTemplate template;

    public SandboxTransactions(DataSource dataSource) {
        this.template = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    }

    /** Runs {@code work} in a transaction, joining the caller's when there is one. */
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }

    public void run(Runnable work) {
        template.executeWithoutResult(status -> work.run());
    }

    /** The template itself, for callers that must mark a transaction rollback-only. */
    public TransactionTemplate template() {
        return template;
    }
}
