package dev.opscore.ops.sandbox.support;

import dev.opscore.db.testing.TestDatabase;
import dev.opscore.ops.sandbox.SandboxTestApplication;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox on a random port against the test database, with known credentials, and its webhooks
 * going to one {@link WebhookReceiver} on the loopback. Every subclass shares the application
 * context; tests create their own work orders, and the ones that need a known world reset it.
 */
@SpringBootTest(classes = SandboxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "opscore.bootstrap.service-token=" + SandboxClient.TOKEN,
                "opscore.bootstrap.admin-password=" + SandboxClient.ADMIN_PASSWORD,
                "spring.jackson.deserialization.fail-on-null-for-primitives=true",
        })
public abstract class SandboxTestBase {

    protected static final WebhookReceiver WEBHOOKS = new WebhookReceiver();
    private static final AtomicInteger KEYS = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("opscore.sandbox.webhook-url", WEBHOOKS::url);
    }

    protected SandboxClient client() {
        return new SandboxClient("http://127.0.0.1:" + port);
    }

    /** A fresh idempotency key. */
    protected static String key() {
        return "test-key-" + KEYS.incrementAndGet() + "-" + System.nanoTime();
    }

    protected JsonNode reset(long seed) {
        var response = client().asAdmin().admin("POST", "/sandbox/reset", Map.of("seed", seed));
        if (response.status() != 200) {
            throw new IllegalStateException("reset failed: " + response.text());
        }
        return response.json();
    }

    /** A new work order at {@code propertyId}, moved to TRIAGED. */
    protected JsonNode triagedWorkOrder(String propertyId, String category, String priority) {
        JsonNode created = client().post("/api/workorders", key(), Map.of("propertyId", propertyId,
                "category", category, "priority", priority, "title", "Test " + category)).json();
        return client().post("/api/workorders/" + created.path("id").asString() + "/status", key(),
                Map.of("to", "TRIAGED")).json();
    }

    /** A vendor of {@code trade} that is active and covers {@code propertyId}. */
    protected JsonNode coveringVendor(String trade, String propertyId) {
        JsonNode vendors = client().get("/api/vendors?trade=" + trade + "&propertyId=" + propertyId + "&size=200")
                .json().path("items");
        for (JsonNode vendor : vendors) {
            if (vendor.path("active").asBoolean()
                    && vendor.path("openWorkOrders").asInt() < vendor.path("maxOpenWorkOrders").asInt()) {
                return vendor;
            }
        }
        throw new IllegalStateException("no free " + trade + " vendor at " + propertyId);
    }
}
