package dev.opscore.ops.sandbox.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.support.SandboxTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lifecycle over HTTP: legal moves, 409s naming from and to, dispatch rules, edits and notes. */
class WorkOrderLifecycleTest extends SandboxTestBase {

    @Test
    void aNewWorkOrderIsStoredAsSent() {
        // when
        var created = client().post("/api/workorders", key(), Map.of("propertyId", "prop-1", "unitId", "unit-1-01",
                "category", "APPLIANCE", "priority", "ROUTINE", "title", "Dishwasher leaks", "estimatedCost", 120,
                "photoUrls", List.of("https://photos.example/dw.jpg")));
        // then
        assertThat(created.status()).isEqualTo(200);
        JsonNode order = created.json();
        assertThat(order.path("id").asString()).startsWith("wo-");
        assertThat(order.path("status").asString()).isEqualTo("NEW");
        assertThat(order.path("estimatedCost").decimalValue()).isEqualByComparingTo("120");
        assertThat(order.path("createdAt").asString()).isNotBlank();
        assertThat(client().get("/api/workorders/" + order.path("id").asString()).json()).isEqualTo(order);
    }

    @Test
    void anIllegalMoveIs409NamingFromAndTo() {
        // given
        String id = client().post("/api/workorders", key(), Map.of("propertyId", "prop-1", "category", "GENERAL",
                "priority", "ROUTINE", "title", "Door squeaks")).json().path("id").asString();
        // when
        var response = client().post("/api/workorders/" + id + "/status", key(), Map.of("to", "COMPLETED"));
        // then
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("from").asString()).isEqualTo("NEW");
        assertThat(response.json().path("to").asString()).isEqualTo("COMPLETED");
        assertThat(response.json().path("detail").asString()).contains("NEW").contains("COMPLETED").contains("TRIAGED");
    }

    @Test
    void cancelledIsFinal() {
        // given
        String id = triagedWorkOrder("prop-1", "GENERAL", "ROUTINE").path("id").asString();
        client().post("/api/workorders/" + id + "/status", key(), Map.of("to", "CANCELLED", "reason", "duplicate"));
        // when
        var reopen = client().post("/api/workorders/" + id + "/status", key(), Map.of("to", "REOPENED"));
        var edit = client().write("PATCH", "/api/workorders/" + id, key(), Map.of("title", "x"));
        // then
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(reopen.json().path("from").asString()).isEqualTo("CANCELLED");
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void dispatchingNeedsAVendorThroughTheAssignment() {
        // given
        String id = triagedWorkOrder("prop-1", "PLUMBING", "URGENT").path("id").asString();
        // when
        var response = client().post("/api/workorders/" + id + "/status", key(), Map.of("to", "DISPATCHED"));
        // then
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("reason").asString()).isEqualTo("NO_VENDOR");
    }

    @Test
    void theAssignmentDispatchesACoveringVendorAndCountsAgainstItsCapacity() {
        // given
        JsonNode vendor = coveringVendor("HVAC", "prop-1");
        String id = triagedWorkOrder("prop-1", "HVAC", "URGENT").path("id").asString();
        // when
        var response = client().post("/api/workorders/" + id + "/assignment", key(),
                Map.of("vendorId", vendor.path("id").asString(), "notToExceed", 400));
        // then
        assertThat(response.status()).isEqualTo(200);
        JsonNode order = response.json();
        assertThat(order.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(order.path("vendorId").asString()).isEqualTo(vendor.path("id").asString());
        assertThat(order.path("notToExceed").decimalValue()).isEqualByComparingTo("400");
        assertThat(order.path("notes").get(0).path("text").asString()).contains("dispatched to");
        assertThat(client().get("/api/vendors/" + vendor.path("id").asString()).json().path("openWorkOrders").asInt())
                .isEqualTo(vendor.path("openWorkOrders").asInt() + 1);
    }

    @Test
    void aVendorWhoDoesNotCoverThePropertyOrTradeIs409WithAReason() {
        // given
        JsonNode vendors = client().get("/api/vendors?size=200").json().path("items");
        JsonNode elsewhere = find(vendors, v -> v.path("active").asBoolean() && !covers(v, "prop-1")
                && trades(v).contains("PLUMBING"));
        JsonNode otherTrade = find(vendors, v -> v.path("active").asBoolean() && covers(v, "prop-1")
                && !trades(v).contains("PLUMBING"));
        JsonNode inactive = find(vendors, v -> !v.path("active").asBoolean());
        String id = triagedWorkOrder("prop-1", "PLUMBING", "URGENT").path("id").asString();
        // when
        var notCovering = client().post("/api/workorders/" + id + "/assignment", key(),
                Map.of("vendorId", elsewhere.path("id").asString()));
        var wrongTrade = client().post("/api/workorders/" + id + "/assignment", key(),
                Map.of("vendorId", otherTrade.path("id").asString()));
        var notActive = client().post("/api/workorders/" + id + "/assignment", key(),
                Map.of("vendorId", inactive.path("id").asString()));
        // then
        assertThat(notCovering.status()).isEqualTo(409);
        assertThat(notCovering.json().path("reason").asString()).isEqualTo("VENDOR_DOES_NOT_COVER_PROPERTY");
        assertThat(wrongTrade.json().path("reason").asString()).isEqualTo("VENDOR_DOES_NOT_COVER_TRADE");
        assertThat(notActive.json().path("reason").asString()).isEqualTo("VENDOR_INACTIVE");
        assertThat(client().get("/api/workorders/" + id).json().path("status").asString()).isEqualTo("TRIAGED");
    }

    @Test
    void aVendorAtCapacityIs409() {
        // given
        JsonNode vendor = coveringVendor("ELECTRICAL", "prop-1");
        int free = vendor.path("maxOpenWorkOrders").asInt() - vendor.path("openWorkOrders").asInt();
        for (int i = 0; i < free; i++) {
            String id = triagedWorkOrder("prop-1", "ELECTRICAL", "ROUTINE").path("id").asString();
            assertThat(client().post("/api/workorders/" + id + "/assignment", key(),
                    Map.of("vendorId", vendor.path("id").asString())).status()).isEqualTo(200);
        }
        String id = triagedWorkOrder("prop-1", "ELECTRICAL", "ROUTINE").path("id").asString();
        // when
        var response = client().post("/api/workorders/" + id + "/assignment", key(),
                Map.of("vendorId", vendor.path("id").asString()));
        // then
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("reason").asString()).isEqualTo("VENDOR_AT_CAPACITY");
    }

    @Test
    void assigningANewOrderIsAnIllegalMoveFromNew() {
        // given
        String id = client().post("/api/workorders", key(), Map.of("propertyId", "prop-1", "category", "PLUMBING",
                "priority", "URGENT", "title", "Leak")).json().path("id").asString();
        // when
        var response = client().post("/api/workorders/" + id + "/assignment", key(),
                Map.of("vendorId", coveringVendor("PLUMBING", "prop-1").path("id").asString()));
        // then
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("from").asString()).isEqualTo("NEW");
        assertThat(response.json().path("to").asString()).isEqualTo("DISPATCHED");
    }

    @Test
    void editsAndNotesAreKept() {
        // given
        String id = triagedWorkOrder("prop-1", "GENERAL", "ROUTINE").path("id").asString();
        // when
        var patched = client().write("PATCH", "/api/workorders/" + id, key(), Map.of("priority", "URGENT",
                "description", "Now dripping", "estimatedCost", 80));
        var noted = client().post("/api/workorders/" + id + "/notes", key(), Map.of("author", "agent",
                "text", "Tenant sent a photo"));
        // then
        assertThat(patched.json().path("priority").asString()).isEqualTo("URGENT");
        assertThat(patched.json().path("title").asString()).isEqualTo("Test GENERAL");
        assertThat(patched.json().path("estimatedCost").decimalValue()).isEqualByComparingTo("80");
        JsonNode notes = noted.json().path("notes");
        assertThat(notes.get(notes.size() - 1).path("author").asString()).isEqualTo("agent");
        assertThat(notes.get(notes.size() - 1).path("text").asString()).isEqualTo("Tenant sent a photo");
    }

    @Test
    void listsFilterByPropertyAndStatus() {
        // given
        String id = triagedWorkOrder("prop-2", "PEST", "ROUTINE").path("id").asString();
        // when
        JsonNode triaged = client().get("/api/workorders?propertyId=prop-2&status=TRIAGED&size=200").json();
        // then
        assertThat(triaged.path("items").findValuesAsString("id")).contains(id);
        assertThat(triaged.path("items")).allSatisfy(o -> {
            assertThat(o.path("propertyId").asString()).isEqualTo("prop-2");
            assertThat(o.path("status").asString()).isEqualTo("TRIAGED");
        });
    }

    private static JsonNode find(JsonNode items, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode item : items) {
            if (test.test(item)) {
                return item;
            }
        }
        throw new IllegalStateException("no such vendor in the seed");
    }

    private static boolean covers(JsonNode vendor, String propertyId) {
        return vendor.path("propertyIds").toString().contains("\"" + propertyId + "\"");
    }

    private static String trades(JsonNode vendor) {
        return vendor.path("trades").toString();
    }
}
