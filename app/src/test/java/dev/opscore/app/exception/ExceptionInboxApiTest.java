package dev.opscore.app.exception;

import static dev.opscore.app.support.ApiClient.Caller.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiTestBase;
import dev.opscore.jobs.exception.ContextPack;
import dev.opscore.jobs.exception.ExceptionCategory;
import dev.opscore.jobs.exception.ExceptionInbox;
import dev.opscore.jobs.exception.NewException;
import dev.opscore.jobs.exception.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExceptionInboxApiTest extends ApiTestBase {

    private static final Instant NOON = Instant.parse("2026-01-14T17:00:00Z");

    @Autowired
    private ExceptionInbox inbox;

    private UUID open(String property, Severity severity, Instant requiresBy) {
        return inbox.open(new NewException(null, property, severity, ExceptionCategory.FINANCIAL, "Bid over limit",
                new ContextPack("Best bid 1,240 exceeds the 750 auto-approve limit", List.of("3 bids received"),
                        List.of("SPEND_REQUIRES_APPROVAL"), "Approve the 1,240 bid?", "Approve: lowest of 3 bids"),
                requiresBy)).id();
    }

    @Test
    void theInboxListsBySeverityThenDueByWithTheContextPack() {
        // given
        String property = "prop-" + UUID.randomUUID();
        UUID mediumLater = open(property, Severity.MEDIUM, NOON.plusSeconds(7200));
        UUID critical = open(property, Severity.CRITICAL, null);
        UUID mediumSooner = open(property, Severity.MEDIUM, NOON);
        UUID low = open(property, Severity.LOW, NOON.minusSeconds(3600));
        // when
        var inboxPage = api().get("/api/agent/exceptions?propertyId=" + property, MANAGER).body();
        var mediumOnly = api().get("/api/agent/exceptions?severity=MEDIUM&propertyId=" + property, MANAGER).body();
        // then
        assertThat(inboxPage.path("items")).extracting(item -> item.path("id").asString()).containsExactly(
                critical.toString(), mediumSooner.toString(), mediumLater.toString(), low.toString());
        assertThat(inboxPage.path("total").asLong()).isEqualTo(4);
        assertThat(inboxPage.path("items").get(0).path("context").path("reasonCodes").get(0).asString())
                .isEqualTo("SPEND_REQUIRES_APPROVAL");
        assertThat(inboxPage.path("items").get(0).path("context").path("recommendation").asString()).isNotBlank();
        assertThat(mediumOnly.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void anItemIsAcknowledgedThenResolvedAndNeverReopened() {
        // given
        UUID id = open("prop-" + UUID.randomUUID(), Severity.HIGH, NOON);
        // when
        var ack = api().send("PATCH", "/api/agent/exceptions/" + id, Map.of("status", "ACK"), MANAGER);
        var resolved = api().send("PATCH", "/api/agent/exceptions/" + id, Map.of("status", "RESOLVED"), MANAGER);
        var again = api().send("PATCH", "/api/agent/exceptions/" + id, Map.of("status", "ACK"), MANAGER);
        // then
        assertThat(ack.body().path("status").asString()).isEqualTo("ACK");
        assertThat(resolved.body().path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.body().path("resolvedById").asString()).isEqualTo("manager");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void badRequestsNameTheFieldAndUnknownItemsAre404() {
        UUID id = open("prop-" + UUID.randomUUID(), Severity.LOW, null);
        assertThat(api().send("PATCH", "/api/agent/exceptions/" + id, Map.of("status", "DONE"), MANAGER)
                .body().path("field").asString()).isEqualTo("status");
        assertThat(api().send("PATCH", "/api/agent/exceptions/" + id, Map.of("status", "OPEN"), MANAGER)
                .body().path("field").asString()).isEqualTo("status");
        assertThat(api().get("/api/agent/exceptions?severity=URGENT", MANAGER).body().path("field").asString())
                .isEqualTo("severity");
        assertThat(api().send("PATCH", "/api/agent/exceptions/" + UUID.randomUUID(), Map.of("status", "ACK"), MANAGER)
                .status()).isEqualTo(404);
    }
}
