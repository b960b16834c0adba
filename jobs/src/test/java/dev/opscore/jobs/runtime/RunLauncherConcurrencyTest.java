package dev.opscore.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.db.JsonColumns;
import dev.opscore.db.audit.AuditTrail;
import dev.opscore.db.event.EventRow;
import dev.opscore.db.event.EventRows;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.RunRows;
import dev.opscore.db.testing.TestDatabase;
import dev.opscore.jobs.intake.DedupeKeys;
import dev.opscore.jobs.intake.EventType;
import dev.opscore.jobs.intake.TriggerType;
import dev.opscore.db.exception.ExceptionRows;
import dev.opscore.db.policy.PolicyRows;
import dev.opscore.db.setting.Settings;
import dev.opscore.jobs.exception.ExceptionInbox;
import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.application.ApplicationsApi;
import dev.opscore.tools.pms.compliance.ComplianceApi;
import dev.opscore.tools.pms.inspection.InspectionsApi;
import dev.opscore.tools.pms.lease.LeasesApi;
import dev.opscore.tools.pms.message.MessagesApi;
import dev.opscore.tools.pms.notification.NotificationsApi;
import dev.opscore.tools.pms.pm.PmSchedulesApi;
import dev.opscore.tools.pms.property.PropertiesApi;
import dev.opscore.tools.pms.vendor.VendorsApi;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import dev.opscore.tools.registry.ToolRegistry;
import java.lang.reflect.Proxy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Many paths meeting the same event at once (fast path, queued job, retries): one run, one execution. */
class RunLauncherConcurrencyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private JdbcClient jdbc;
    private EventRows events;
    private RunRows runs;
    private RunLauncher launcher;

    @BeforeEach
    void setUp() {
        DataSource dataSource = TestDatabase.migrated();
        jdbc = JdbcClient.create(dataSource);
        JsonColumns json = new JsonColumns(JsonMapper.builder().build());
        events = new EventRows(jdbc, json);
        runs = new RunRows(jdbc, json);
        AuditTrail audit = new AuditTrail(jdbc, json);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        IdSource ids = IdSource.random();
        Workflows workflows = new Workflows(List.of(new RecordTriggerWorkflow()));
        ExceptionRows exceptionRows = new ExceptionRows(jdbc, json);
        RunEngine engine = new RunEngine(runs, events, exceptionRows,
                new ExceptionInbox(exceptionRows, audit, ids, clock), workflows, new ToolRegistry(unusedPms()),
                new PolicyGate(new PolicyRows(jdbc, json), new Settings(jdbc)), new RunJournal(runs, audit, ids, clock),
                audit, (runId, at) -> { }, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                clock, new WorkerName("test-worker"), new RuntimeProperties(null, null, null, null),
                new SimpleMeterRegistry());
        launcher = new RunLauncher(events, runs, engine, clock);
    }

    @Test
    void eightConcurrentCallersExecuteTheRunOnce() throws Exception {
        // given
        UUID eventId = acceptedEvent("concurrent-" + UUID.randomUUID());
        ExecutorService callers = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> calls = IntStream.range(0, 8).<Callable<Void>>mapToObj(i -> () -> {
            start.await();
            launcher.process(eventId);
            return null;
        }).toList();
        // when
        var futures = calls.stream().map(callers::submit).toList();
        start.countDown();
        for (var future : futures) {
            future.get();
        }
        callers.shutdown();
        // then
        EventRow event = events.byId(eventId).orElseThrow();
        UUID runId = DedupeKeys.runId(event.runDedupeKey());
        assertThat(event.status()).isEqualTo("PROCESSED");
        assertThat(event.runId()).isEqualTo(runId);
        assertThat(runs.byId(runId).orElseThrow().status()).isEqualTo("COMPLETED");
        assertThat(runs.steps(runId)).hasSize(1);
        assertThat(runs.actions(runId)).hasSize(1);
    }

    @Test
    void aCancelledQueuedRunIsNotExecuted() {
        // given
        UUID eventId = acceptedEvent("cancelled-" + UUID.randomUUID());
        UUID runId = DedupeKeys.runId(events.byId(eventId).orElseThrow().runDedupeKey());
        runs.transition(runId, RunStatus.sourcesOf(RunStatus.CANCELLED), "CANCELLED", NOW, "test", null);
        // when
        launcher.process(eventId);
        // then
        assertThat(runs.byId(runId).orElseThrow().status()).isEqualTo("CANCELLED");
        assertThat(runs.steps(runId)).isEmpty();
        assertThat(events.byId(eventId).orElseThrow().status()).isEqualTo("PROCESSED");
    }

    /** The record-trigger workflow calls no tool: every PMS interface refuses. */
    private static PmsApis unusedPms() {
        return new PmsApis(refusing(PropertiesApi.class), refusing(WorkOrdersApi.class), refusing(MessagesApi.class),
                refusing(VendorsApi.class), refusing(ComplianceApi.class), refusing(PmSchedulesApi.class),
                refusing(InspectionsApi.class), refusing(LeasesApi.class), refusing(ApplicationsApi.class),
                refusing(NotificationsApi.class));
    }

    private static <T> T refusing(Class<T> api) {
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        }));
    }

    private UUID acceptedEvent(String ref) {
        UUID eventId = UUID.randomUUID();
        String runKey = DedupeKeys.run(TriggerType.EVENT, "INCIDENT:" + ref, "p-1", NOW);
        events.insertIfAbsent(new EventRow(eventId, "event", "INCIDENT", ref, "p-1", NOW, Map.of(),
                DedupeKeys.event(EventType.INCIDENT, ref, "p-1"), runKey, "RECEIVED", NOW, null, null, null));
        runs.insertIfAbsent(new RunRow(DedupeKeys.runId(runKey), "event", "INCIDENT:" + ref, "p-1",
                RecordTriggerWorkflow.NAME, "QUEUED", runKey, eventId, Map.of(), null, null, null, null, null, NOW));
        return eventId;
    }
}
