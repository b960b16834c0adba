package dev.opscore.ops.sandbox.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.support.SandboxTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bodies a real PMS would refuse: 400 problem+json naming the JSON field. */
class WorkOrderValidationTest extends SandboxTestBase {

    @Test
    void missingRequiredFieldsAreNamedAllAtOnce() {
        // when
        var response = client().post("/api/workorders", key(), Map.of("description", "no title"));
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("field").asString()).isEqualTo("propertyId");
        assertThat(problem.path("errors").findValuesAsString("field"))
                .containsExactly("propertyId", "category", "priority", "title");
        assertThat(problem.path("detail").asString()).contains("propertyId: is required");
    }

    @Test
    void aBlankTitleIsMissing() {
        // when
        var response = client().post("/api/workorders", key(), body(Map.of("title", "   ")));
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("title");
    }

    @Test
    void anUnknownCategoryIsNamed() {
        // when
        var response = client().post("/api/workorders", key(), body(Map.of("category", "ROOFING")));
        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("category");
        assertThat(response.json().path("detail").asString()).contains("ROOFING");
    }

    @Test
    void negativeAndOverPreciseAmountsAreRefused() {
        // when
        var negative = client().post("/api/workorders", key(), body(Map.of("estimatedCost", -5)));
        var precise = client().post("/api/workorders", key(), body(Map.of("estimatedCost", 10.123)));
        // then
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("field").asString()).isEqualTo("estimatedCost");
        assertThat(negative.json().path("detail").asString()).contains("negative");
        assertThat(precise.json().path("field").asString()).isEqualTo("estimatedCost");
    }

    @Test
    void unknownOrMismatchedReferencesAreRefused() {
        // when
        var property = client().post("/api/workorders", key(), body(Map.of("propertyId", "prop-99")));
        var unit = client().post("/api/workorders", key(), body(Map.of("unitId", "unit-2-01")));
        var tenant = client().post("/api/workorders", key(), body(Map.of("tenantId", "ten-9-99-9")));
        // then
        assertThat(property.json().path("field").asString()).isEqualTo("propertyId");
        assertThat(property.json().path("detail").asString()).contains("prop-99");
        assertThat(unit.json().path("field").asString()).isEqualTo("unitId");
        assertThat(unit.json().path("detail").asString()).contains("not in property prop-1");
        assertThat(tenant.json().path("field").asString()).isEqualTo("tenantId");
    }

    @Test
    void photoUrlsMustBeHttpUrls() {
        // when
        var response = client().post("/api/workorders", key(), body(Map.of("photoUrls",
                List.of("https://photos.example/leak.jpg", "file:///etc/passwd"))));
        // then
        assertThat(response.json().path("field").asString()).isEqualTo("photoUrls[1]");
    }

    @Test
    void malformedJsonAndAMissingBodyAreRefused() {
        // when
        var malformed = client().post("/api/workorders", key(), "{\"title\": ");
        var missing = client().send("POST", "/api/workorders", key(), null);
        var wrongType = client().post("/api/workorders", key(), body(Map.of("estimatedCost", "a lot")));
        // then
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("field").asString()).isEqualTo("body");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(wrongType.json().path("field").asString()).isEqualTo("estimatedCost");
    }

    @Test
    void otherWritesValidateTheirBodiesToo() {
        // given
        String id = triagedWorkOrder("prop-1", "PLUMBING", "ROUTINE").path("id").asString();
        // when
        var noTarget = client().post("/api/workorders/" + id + "/status", key(), Map.of("reason", "?"));
        var badTarget = client().post("/api/workorders/" + id + "/status", key(), Map.of("to", "FIXED"));
        var noVendor = client().post("/api/workorders/" + id + "/assignment", key(), Map.of("notToExceed", 100));
        var unknownVendor = client().post("/api/workorders/" + id + "/assignment", key(), Map.of("vendorId", "ven-99"));
        var negativeLimit = client().post("/api/workorders/" + id + "/assignment", key(),
                Map.of("vendorId", "ven-01", "notToExceed", -1));
        var emptyNote = client().post("/api/workorders/" + id + "/notes", key(), Map.of("author", "agent", "text", ""));
        var badPatch = client().write("PATCH", "/api/workorders/" + id, key(), Map.of("actualCost", -3));
        // then
        assertThat(noTarget.json().path("field").asString()).isEqualTo("to");
        assertThat(badTarget.json().path("field").asString()).isEqualTo("to");
        assertThat(noVendor.json().path("field").asString()).isEqualTo("vendorId");
        assertThat(unknownVendor.status()).isEqualTo(400);
        assertThat(unknownVendor.json().path("field").asString()).isEqualTo("vendorId");
        assertThat(negativeLimit.json().path("field").asString()).isEqualTo("notToExceed");
        assertThat(emptyNote.json().path("field").asString()).isEqualTo("text");
        assertThat(badPatch.json().path("field").asString()).isEqualTo("actualCost");
    }

    @Test
    void writesToUnknownWorkOrdersAre404() {
        // when
        var status = client().post("/api/workorders/wo-999999/status", key(), Map.of("to", "TRIAGED"));
        var patch = client().write("PATCH", "/api/workorders/wo-999999", key(), Map.of("title", "x"));
        var accept = client().post("/api/workorders/wo-999999/bids/bid-1/accept", key(), null);
        // then
        assertThat(status.status()).isEqualTo(404);
        assertThat(patch.status()).isEqualTo(404);
        assertThat(accept.status()).isEqualTo(404);
    }

    private static Map<String, Object> body(Map<String, Object> override) {
        var body = new java.util.HashMap<String, Object>(Map.of("propertyId", "prop-1", "category", "PLUMBING",
                "priority", "URGENT", "title", "Leak under the sink"));
        body.putAll(override);
        return body;
    }
}
