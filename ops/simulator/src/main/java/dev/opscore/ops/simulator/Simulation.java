package dev.opscore.ops.simulator;

import dev.opscore.ops.simulator.driver.FaultPlan;
import dev.opscore.ops.simulator.driver.MonthDriver;
import dev.opscore.ops.simulator.driver.MonthLedger;
import dev.opscore.ops.simulator.driver.Task;
import dev.opscore.ops.simulator.driver.TenantAnswer;
import dev.opscore.ops.simulator.metrics.AccessLog;
import dev.opscore.ops.simulator.metrics.MonthFigures;
import dev.opscore.ops.simulator.metrics.MonthRecords;
import dev.opscore.ops.simulator.metrics.PolicyAudit;
import dev.opscore.ops.simulator.process.Credentials;
import dev.opscore.ops.simulator.process.Database;
import dev.opscore.ops.simulator.process.MonthSettings;
import dev.opscore.ops.simulator.process.OpsCoreProcess;
import dev.opscore.ops.simulator.scenario.MonthScenario;
import dev.opscore.ops.simulator.scenario.PortfolioView;
import dev.opscore.ops.simulator.scenario.ScenarioEvent;
import dev.opscore.ops.simulator.scenario.TenantMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One simulated month, start to end: a fresh database, OpsCore started from its jar on it with the
 * sandbox world of the seed and size, the scenario generated for that world's portfolio, the month
 * driven, the records read and the figures computed, and OpsCore stopped.
 */
final class Simulation {

    private final Options options;
    private final Database database;
    private final Path jar;
    private final Credentials credentials = Credentials.forSimulation();

    Simulation(Options options, Database database, Path jar) {
        this.options = options;
        this.database = database;
        this.jar = jar;
    }

    MonthResult run(Variant variant) {
        Path work = options.out().resolve("work").resolve(variant.label()).toAbsolutePath();
        clean(work);
        String url = database.freshDatabase("s" + options.seed() + "_" + variant.label());
        Duration readTimeout = variant.withFaults() ? FaultPlan.READ_TIMEOUT : Duration.ofSeconds(10);
        try (OpsCoreProcess opscore = OpsCoreProcess.start(jar, url, MonthSettings.of(options.seed(),
                options.properties(), options.start(), credentials, work, readTimeout), work.resolve("opscore.log"));
             SingleConnectionDataSource connection = new SingleConnectionDataSource(url, true)) {
            JdbcClient db = JdbcClient.create(connection);
            MonthDriver driver = new MonthDriver(opscore.baseUrl(), db, credentials,
                    new MonthDriver.Options(options.step(), options.settle(), Duration.ofSeconds(60)));
            PortfolioView portfolio = driver.portfolio();
            Instant start = driver.worldNow();
            MonthScenario scenario = MonthScenario.generate(options.seed(), portfolio, start, options.days());
            List<ScenarioEvent> events = scenario.events();
            MonthLedger ledger = driver.run(events, start.plus(Duration.ofDays(options.days())), variant.policy(),
                    variant.faults(), (task, askedAt) -> answer(scenario, events, task, askedAt));
            MonthRecords records = MonthRecords.read(db, driver.kpis(ledger.start(), ledger.settledUntil()));
            trace(db, work);
            MonthFigures figures = MonthFigures.compute(ledger, records, PolicyAudit.writeTools());
            int units = portfolio.properties().stream().mapToInt(p -> p.units().size()).sum();
            int tenants = portfolio.properties().stream().flatMap(p -> p.units().stream())
                    .mapToInt(u -> u.tenantIds().size()).sum();
            return new MonthResult(variant, ledger, figures, AccessLog.read(work.resolve("access")).retries(),
                    portfolio.properties().size(), units, tenants);
        } finally {
            if (System.getenv("OPSCORE_SIMULATOR_KEEP") == null) {
                database.drop(url);
            } else {
                System.err.println("simulate: kept the month's database " + url);
            }
        }
    }

    /**
     * Every step of every run and every webhook of the world, in a stable order, to {@code work/trace.txt}:
     * two months of the same seed should give the same file, and {@code diff} shows where they part.
     */
    private static void trace(JdbcClient db, Path work) {
        List<String> lines = new ArrayList<>(db.sql("SELECT r.trigger_ref || ' ' || s.step_order || ' ' || s.name"
                        + " || ' ' || s.status || ' ' || coalesce(s.completed_at::text, '-') || ' '"
                        + " || coalesce(s.input_json->'assignment'->>'vendorId', '') || ' ' || coalesce(s.output_json->>'id', '')"
                        + " FROM agent_step s JOIN agent_run r ON r.id = s.run_id ORDER BY r.trigger_ref, s.step_order")
                .query(String.class).list());
        lines.addAll(db.sql("SELECT 'signal ' || r.trigger_ref || ' ' || g.seq || ' ' || g.kind || ' ' || g.received_at"
                        + " || ' ' || coalesce(g.payload->>'response', g.payload->>'to', g.payload->>'decision', '')"
                        + " FROM agent_run_signal g JOIN agent_run r ON r.id = g.run_id ORDER BY r.trigger_ref, g.seq")
                .query(String.class).list());
        lines.addAll(db.sql("SELECT 'webhook ' || id || ' ' || ref || ' ' || occurred_at FROM sandbox.webhook_outbox ORDER BY id")
                .query(String.class).list());
        try {
            Files.write(work.resolve("trace.txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the trace", e);
        }
    }

    private static Optional<TenantAnswer> answer(MonthScenario scenario, List<ScenarioEvent> events, Task task,
                                                 Instant askedAt) {
        if (!(events.get(task.index()) instanceof TenantMessage message)) {
            return Optional.empty();
        }
        return scenario.replies().answer(message, askedAt).map(r -> new TenantAnswer(r.at(), r.text(), r.fixed()));
    }

    private static void clean(Path work) {
        try {
            if (Files.exists(work)) {
                try (var files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + work, e);
        }
    }
}
