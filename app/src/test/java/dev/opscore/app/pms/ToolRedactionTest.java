package dev.opscore.app.pms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiTestBase;
import dev.opscore.db.run.RunRow;
import dev.opscore.db.run.RunRows;
import dev.opscore.jobs.runtime.RunJournal;
import dev.opscore.policy.Recipient;
import dev.opscore.tools.pms.notification.NewNotification;
import dev.opscore.tools.pms.notification.Notification;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.registry.ById;
import dev.opscore.tools.registry.NotificationTools;
import dev.opscore.tools.registry.PageQuery;
import dev.opscore.tools.registry.PropertyTools;
import dev.opscore.tools.registry.ToolCall;
import dev.opscore.tools.registry.ToolRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Tool calls go through the Feign clients over HTTP to the in-process sandbox, and what they record
 * (action log, audit, application log at DEBUG) holds no tenant name, phone number or e-mail.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"logging.level.dev.opscore=DEBUG", "opscore.sandbox.webhooks-enabled=false"})
class ToolRedactionTest extends ApiTestBase {

    @Autowired
    private ToolRegistry registry;
    @Autowired
    private RunJournal journal;
    @Autowired
    private RunRows runs;

    @Test
    void noPersonalDataReachesTheActionLogOrTheApplicationLog(CapturedOutput output) {
        // given: a run, and a real tenant of the seeded sandbox read through the tools
        UUID runId = UUID.randomUUID();
        runs.insertIfAbsent(new RunRow(runId, "manual", "redaction:" + runId, null, "record-trigger", "RUNNING",
                "redaction-" + runId, null, Map.of(), "test", Instant.now(), null, null, null, Instant.now()));
        UUID stepId = journal.stepDone(runId, 0, "tools", Map.of(), Map.of());
        var properties = registry.invoke(PropertyTools.PROPERTIES_LIST, new PageQuery(0, 10), runId, 0);
        String propertyId = properties.output().items().get(0).id();
        var units = registry.invoke(PropertyTools.UNITS_LIST, new PropertyTools.UnitQuery(propertyId, 0, 50), runId, 1);
        String tenantId = units.output().items().stream().filter(u -> !u.tenantIds().isEmpty()).findFirst()
                .orElseThrow().tenantIds().get(0);
        ToolCall<Tenant> tenantCall = registry.invoke(PropertyTools.TENANTS_GET, new ById(tenantId), runId, 2);
        Tenant tenant = tenantCall.output();
        // when: the agent writes to the tenant, quoting their details as a careless template would
        ToolCall<Notification> sent = registry.invoke(NotificationTools.NOTIFICATIONS_SEND, new NewNotification(
                Recipient.TENANT, tenantId, Notification.NotificationChannel.SMS, "Repair scheduled",
                "Hi " + tenant.name() + ", we will call you at " + tenant.phone() + " or write to " + tenant.email()),
                runId, 3);
        for (ToolCall<?> call : List.of(properties, units, tenantCall, sent)) {
            journal.apiCall(runId, stepId, call, "ALLOW", null);
        }
        // then
        assertThat(tenant.name()).isNotBlank();
        assertThat(sent.output().id()).isNotBlank();
        String actionLog = jdbc.sql("SELECT string_agg(coalesce(request_json::text, '') || coalesce(response_json::text, ''), ' ')"
                + " FROM agent_action_log WHERE run_id = :run").param("run", runId).query(String.class).single();
        String audit = jdbc.sql("SELECT string_agg(details::text, ' ') FROM audit_log WHERE subject = :s")
                .param("s", "run:" + runId).query(String.class).single();
        assertThat(actionLog).contains(tenantId, "SMS");
        for (String personal : List.of(tenant.name(), tenant.phone(), tenant.email())) {
            assertThat(actionLog).doesNotContain(personal);
            assertThat(audit).doesNotContain(personal);
            assertThat(output.getAll()).doesNotContain(personal);
        }
    }
}
