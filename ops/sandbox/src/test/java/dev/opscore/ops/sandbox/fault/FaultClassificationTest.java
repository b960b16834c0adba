package dev.opscore.ops.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.opscore.ops.sandbox.support.SandboxClient;
import dev.opscore.ops.sandbox.support.SandboxTestBase;
import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.client.PmsClients;
import dev.opscore.tools.pms.client.PmsConflict;
import dev.opscore.tools.pms.client.PmsCredential;
import dev.opscore.tools.pms.client.PmsEndpoint;
import dev.opscore.tools.pms.client.PmsNotFound;
import dev.opscore.tools.pms.client.PmsValidationFailure;
import dev.opscore.tools.pms.client.TransientPmsFailure;
import dev.opscore.tools.pms.workorder.NewWorkOrder;
import dev.opscore.tools.pms.workorder.StatusChange;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each injected fault, and each refusal, reaches the agent's Feign clients as the right typed failure. */
class FaultClassificationTest extends SandboxTestBase {

    private PmsApis pms;

    @BeforeEach
    void clients() {
        pms = new PmsClients(PmsEndpoint.fixed("http://127.0.0.1:" + port, PmsCredential.bearer(SandboxClient.TOKEN)),
                Duration.ofSeconds(2), Duration.ofMillis(500), Clock.systemUTC()).apis();
    }

    @AfterEach
    void clearFaults() {
        client().asAdmin().admin("DELETE", "/sandbox/faults", null);
    }

    @Test
    void an503IsTransientWithItsStatus() {
        // given
        faults(Map.of("path", "/api/vendors/**", "failNext", 1));
        // when / then
        assertThatThrownBy(() -> pms.vendors().get("ven-01")).isInstanceOfSatisfying(TransientPmsFailure.class,
                failure -> {
                    assertThat(failure.transientFailure()).isTrue();
                    assertThat(failure.status()).hasValue(503);
                });
        assertThat(pms.vendors().get("ven-01").id()).isEqualTo("ven-01");
    }

    @Test
    void a429IsTransientWithItsRetryAfter() {
        // given
        faults(Map.of("path", "/api/properties/**", "tooManyRequests", 1));
        // when / then
        assertThatThrownBy(() -> pms.properties().listProperties(0, 10))
                .isInstanceOfSatisfying(TransientPmsFailure.class, failure -> {
                    assertThat(failure.status()).hasValue(429);
                    assertThat(failure.retryAfter()).hasValue(Duration.ofSeconds(1));
                });
    }

    @Test
    void aTimeoutIsTransientWithoutAStatus() {
        // given
        faults(Map.of("path", "/api/leases/**", "timeoutMs", 1500));
        // when / then
        assertThatThrownBy(() -> pms.leases().list(null, null, null, 0, 10))
                .isInstanceOfSatisfying(TransientPmsFailure.class, failure -> assertThat(failure.status()).isEmpty());
    }

    @Test
    void refusalsArePermanentAndTyped() {
        // given
        WorkOrder order = pms.workOrders().create(key(), newOrder("Typed " + key()));
        String key = key();
        pms.workOrders().create(key, newOrder("First " + key));
        // when / then
        assertThatThrownBy(() -> pms.workOrders().create(key(), new NewWorkOrder("prop-1", null, null,
                Category.PLUMBING, Priority.URGENT, null, null, null, List.of())))
                .isInstanceOfSatisfying(PmsValidationFailure.class, f -> assertThat(f.field()).hasValue("title"));
        assertThatThrownBy(() -> pms.workOrders().get("wo-999999")).isInstanceOf(PmsNotFound.class);
        assertThatThrownBy(() -> pms.workOrders().changeStatus(key(), order.id(),
                new StatusChange(WorkOrderStatus.COMPLETED, null))).isInstanceOf(PmsConflict.class);
        assertThatThrownBy(() -> pms.workOrders().create(key, newOrder("Other " + key)))
                .isInstanceOfSatisfying(PmsValidationFailure.class, f -> {
                    assertThat(f.status()).hasValue(422);
                    assertThat(f.transientFailure()).isFalse();
                });
    }

    @Test
    void aWriteTheClientGaveUpOnHappensOnceWhenRetriedWithItsKey() {
        // given a server slower than the client's patience
        faults(Map.of("method", "POST", "path", "/api/workorders", "latencyMs", 1200));
        String key = key();
        NewWorkOrder body = newOrder("Slow " + key);
        assertThatThrownBy(() -> pms.workOrders().create(key, body)).isInstanceOf(TransientPmsFailure.class);
        clearFaults();
        // when the runtime retries the step with the same key
        WorkOrder retried = pms.workOrders().create(key, body);
        // then there is one work order, whichever of the two calls made it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(titled(body.title()))
                .containsExactly(retried.id()));
    }

    private List<String> titled(String title) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            var orders = pms.workOrders().list("prop-1", null, null, page, 200);
            orders.items().stream().filter(o -> title.equals(o.title())).forEach(o -> ids.add(o.id()));
            if (!orders.hasNext()) {
                return ids;
            }
        }
    }

    private void faults(Map<String, Object> rule) {
        var response = client().asAdmin().admin("PUT", "/sandbox/faults", List.of(rule));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private static NewWorkOrder newOrder(String title) {
        return new NewWorkOrder("prop-1", null, null, Category.GENERAL, Priority.ROUTINE, title, null, null, List.of());
    }
}
