package dev.opscore.ops.sandbox.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.support.SandboxTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Every read of the contract on the seeded world: pages, single items and 404s. */
class ReadEndpointsTest extends SandboxTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"/api/properties", "/api/properties/prop-1/units", "/api/vendors", "/api/leases",
            "/api/applications", "/api/compliance", "/api/pm-schedules", "/api/inspections"})
    void everySeededListPagesWithTotals(String path) {
        // when
        JsonNode first = client().get(path + "?page=0&size=2").json();
        JsonNode all = client().get(path + "?size=200").json();
        // then
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("total").asLong()).isEqualTo(all.path("total").asLong()).isGreaterThan(2);
        assertThat(all.path("items")).hasSize((int) all.path("total").asLong());
        assertThat(first.path("items").get(0)).isEqualTo(all.path("items").get(0));
    }

    @Test
    void pagesDoNotOverlapAndCoverEverything() {
        // given
        long total = client().get("/api/vendors?size=1").json().path("total").asLong();
        List<String> ids = new ArrayList<>();
        // when
        for (int page = 0; (long) page * 7 < total; page++) {
            client().get("/api/vendors?size=7&page=" + page).json().path("items")
                    .forEach(v -> ids.add(v.path("id").asString()));
        }
        // then
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(client().get("/api/vendors?size=7&page=1000").json().path("items")).isEmpty();
    }

    @Test
    void singleItemsAnswerAndUnknownIdsAre404() {
        // given
        String unit = client().get("/api/properties/prop-1/units?size=1").json().path("items").get(0).path("id").asString();
        String tenant = client().get("/api/leases?propertyId=prop-1&size=1").json().path("items").get(0)
                .path("tenantIds").get(0).asString();
        // when / then
        for (String path : List.of("/api/properties/prop-1", "/api/tenants/" + tenant, "/api/vendors/ven-01",
                "/api/leases/" + unit.replace("unit-", "lease-"), "/api/applications/app-1-01",
                "/api/compliance/cmp-1-01", "/api/pm-schedules/pm-1-01", "/api/inspections/insp-1")) {
            assertThat(client().get(path).status()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/api/properties/prop-99", "/api/properties/prop-99/units", "/api/tenants/nobody",
                "/api/vendors/ven-99", "/api/leases/lease-9-99", "/api/applications/app-9", "/api/compliance/cmp-9",
                "/api/pm-schedules/pm-9", "/api/inspections/insp-999", "/api/workorders/wo-999999",
                "/api/workorders/wo-999999/bids", "/api/messages/threads/thr-999999",
                "/api/messages/threads/thr-999999/messages", "/api/notifications/ntf-999999")) {
            var response = client().get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void filtersNarrowTheLists() {
        // when
        JsonNode plumbers = client().get("/api/vendors?trade=PLUMBING&propertyId=prop-1&size=200").json();
        JsonNode overdue = client().get("/api/compliance?propertyId=prop-2&dueBefore=2026-01-04&size=200").json();
        JsonNode routine = client().get("/api/inspections?status=SCHEDULED&size=200").json();
        // then
        assertThat(plumbers.path("items")).isNotEmpty().allSatisfy(v -> {
            assertThat(v.path("trades").toString()).contains("PLUMBING");
            assertThat(v.path("propertyIds").toString()).contains("prop-1");
        });
        assertThat(overdue.path("items")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.path("propertyId").asString()).isEqualTo("prop-2");
            assertThat(c.path("dueDate").asString()).isLessThanOrEqualTo("2026-01-04");
        });
        assertThat(routine.path("items")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.path("status").asString()).isEqualTo("SCHEDULED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=201"})
    void pagingOutOfRangeIs400NamingTheParameter(String query) {
        // when
        var response = client().get("/api/workorders?" + query);
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).isEqualTo(query.substring(0, query.indexOf('=')));
    }

    @Test
    void anUnknownEnumInAQueryIs400NamingTheParameter() {
        // when
        var response = client().get("/api/workorders?status=DONE");
        var trade = client().get("/api/vendors?trade=ROOFING");
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("status");
        assertThat(response.json().path("detail").asString()).contains("DONE").contains("TRIAGED");
        assertThat(trade.json().path("field").asString()).isEqualTo("trade");
    }
}
