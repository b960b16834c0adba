package dev.opscore.tools.pms.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.compliance.ComplianceApi;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.pms.workorder.WorkOrderChanges;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the clients send and how they read the answers, against a real HTTP server. */
class PmsClientRoundTripTest {

    private static final String WORK_ORDER = "{\"id\":\"wo-1\",\"propertyId\":\"p-1\",\"category\":\"PLUMBING\","
            + "\"priority\":\"URGENT\",\"status\":\"TRIAGED\",\"title\":\"Leak\",\"estimatedCost\":125.50,"
            + "\"photoUrls\":[\"https://img/1.jpg\"],\"notes\":[{\"author\":\"agent\",\"text\":\"called\","
            + "\"at\":\"2026-01-14T10:00:00Z\"}],\"scheduledFor\":\"2026-01-15T09:30:00Z\","
            + "\"createdAt\":\"2026-01-14T08:00:00Z\",\"somethingNew\":{\"a\":1}}";

    private final StubPms pms = new StubPms();

    @AfterEach
    void stop() {
        pms.close();
    }

    @Test
    void patchCarriesTheIdempotencyKeyTheCredentialAndAJsonBody() {
        // given
        pms.json(200, WORK_ORDER);
        WorkOrderChanges changes = new WorkOrderChanges(null, Priority.EMERGENCY, null, null,
                new BigDecimal("125.50"), null, Instant.parse("2026-01-15T09:30:00Z"), null);

        // when
        WorkOrder updated = workOrders().update("key-1", "wo-1", changes);

        // then
        StubPms.Received request = pms.last();
        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(request.path()).isEqualTo("/api/workorders/wo-1");
        assertThat(request.header("Idempotency-Key")).isEqualTo("key-1");
        assertThat(request.header("Authorization")).isEqualTo("Bearer t0ken");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Accept")).contains("application/json");
        assertThat(request.body()).contains("\"priority\":\"EMERGENCY\"", "\"estimatedCost\":125.50",
                "\"scheduledFor\":\"2026-01-15T09:30:00Z\"");
        assertThat(updated.id()).isEqualTo("wo-1");
    }

    @Test
    void answersAreReadIntoRecordsWithDatesAmountsAndEnums() {
        // given
        pms.json(200, "{\"items\":[" + WORK_ORDER + "],\"page\":0,\"size\":1,\"total\":3}");

        // when
        Page<WorkOrder> page = workOrders().list("p-1", null, WorkOrderStatus.TRIAGED, 0, 1);

        // then
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
        WorkOrder order = page.items().get(0);
        assertThat(order.category()).isEqualTo(Category.PLUMBING);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.TRIAGED);
        assertThat(order.estimatedCost()).isEqualByComparingTo("125.50");
        assertThat(order.scheduledFor()).isEqualTo(Instant.parse("2026-01-15T09:30:00Z"));
        assertThat(order.notes()).singleElement().satisfies(note -> assertThat(note.text()).isEqualTo("called"));
        assertThat(order.photoUrls()).containsExactly("https://img/1.jpg");
    }

    @Test
    void queryParametersAreNamedAndAbsentOnesLeftOut() {
        // given
        pms.json(200, "{\"items\":[],\"page\":2,\"size\":25,\"total\":0}");

        // when
        workOrders().list("p-1", null, WorkOrderStatus.NEW, 2, 25);

        // then
        assertThat(pms.last().path()).isEqualTo("/api/workorders");
        assertThat(List.of(pms.last().query().split("&")))
                .containsExactlyInAnyOrder("propertyId=p-1", "status=NEW", "page=2", "size=25");
    }

    @Test
    void datesInQueriesAreIso() {
        // given
        pms.json(200, "{\"items\":[{\"id\":\"c-1\",\"dueDate\":\"2026-01-31\",\"status\":\"OPEN\"}],"
                + "\"page\":0,\"size\":50,\"total\":1}");

        // when
        Page<ComplianceItem> page = clients().create(ComplianceApi.class)
                .list(null, LocalDate.parse("2026-02-01"), ComplianceItem.ComplianceStatus.OPEN, 0, 50);

        // then
        assertThat(pms.last().query()).contains("dueBefore=2026-02-01", "status=OPEN");
        assertThat(page.items().get(0).dueDate()).isEqualTo(LocalDate.parse("2026-01-31"));
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aWriteWithoutBodySendsNone() {
        // given
        pms.json(200, "{\"id\":\"b-1\",\"workOrderId\":\"wo-1\",\"status\":\"ACCEPTED\",\"amount\":300}");

        // when
        var bid = workOrders().acceptBid("key-2", "wo-1", "b-1");

        // then
        assertThat(pms.last().method()).isEqualTo("POST");
        assertThat(pms.last().path()).isEqualTo("/api/workorders/wo-1/bids/b-1/accept");
        assertThat(pms.last().body()).isEmpty();
        assertThat(bid.amount()).isEqualByComparingTo("300");
    }

    @Test
    void basicCredentialsAreSentAsBasic() {
        // given
        pms.json(200, WORK_ORDER);
        WorkOrdersApi api = new PmsClients(PmsEndpoint.fixed(pms.baseUrl() + "/", PmsCredential.basic("ops", "s3cret")))
                .create(WorkOrdersApi.class);

        // when
        api.get("wo-1");

        // then
        assertThat(pms.last().header("Authorization")).isEqualTo("Basic b3BzOnMzY3JldA==");
        assertThat(pms.last().path()).isEqualTo("/api/workorders/wo-1");
    }

    @Test
    void credentialsAreNeverPrinted() {
        // given
        PmsCredential credential = PmsCredential.bearer("very-secret");
        PmsProperties properties = new PmsProperties("https://pms", "very-secret", "ops", "pw", null, null);

        // when
        String printed = credential + " " + properties;

        // then
        assertThat(printed).doesNotContain("very-secret", "pw,");
        assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    private WorkOrdersApi workOrders() {
        return clients().create(WorkOrdersApi.class);
    }

    private PmsClients clients() {
        return new PmsClients(PmsEndpoint.fixed(pms.baseUrl(), PmsCredential.bearer("t0ken")), Duration.ofSeconds(2),
                Duration.ofSeconds(5), Clock.systemUTC());
    }
}
