package dev.opscore.ops.sandbox.webhook;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxProperties;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers outbox rows to OpsCore's event intake with the JDK HttpClient, one at a time on its own
 * thread, in the order they were handed over. The target and the token are read from the
 * Environment at send time: {@code opscore.sandbox.webhook-url} (default
 * {@code http://127.0.0.1:${local.server.port}/api/agent/events}) and
 * {@code opscore.bootstrap.service-token}. Any 2xx counts as delivered (OpsCore answers 200 to a
 * duplicate); anything else is logged by type and ref only and left for a retry.
 */
@Component
@ConditionalOnSandbox
public class WebhookSender implements DisposableBean {

    public static final int MAX_ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookOutbox outbox;
    private final SandboxClock clock;
    private final SandboxProperties properties;
    private final Environment environment;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "sandbox-webhooks");
        t.setDaemon(true);
        return t;
    });

    public WebhookSender(WebhookOutbox outbox, SandboxClock clock, SandboxProperties properties, Environment environment,
                         JsonMapper json) {
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.environment = environment;
        this.json = json;
    }

    /** Queues committed outbox rows for delivery; a no-op with {@code opscore.sandbox.webhooks-enabled=false}. */
    public void deliver(Collection<Long> ids) {
        if (!properties.webhooksEnabled() || ids.isEmpty()) {
            return;
        }
        for (Long id : ids) {
            thread.execute(() -> send(id));
        }
    }

    /** Queues every undelivered row with fewer than {@link #MAX_ATTEMPTS} attempts (at every clock advance). */
    public int redeliver() {
        return redeliver(MAX_ATTEMPTS);
    }

    /** Queues every undelivered row with fewer than {@code maxAttempts} attempts; the number queued. */
    public int redeliver(int maxAttempts) {
        var ids = outbox.undelivered(maxAttempts);
        deliver(ids);
        return properties.webhooksEnabled() ? ids.size() : 0;
    }

    private void send(long id) {
        OutboxRow row = outbox.find(id).orElse(null);
        if (row == null || row.delivered()) {
            return;
        }
        Webhook w = row.webhook();
        try {
            HttpResponse<String> response = http.send(request(w), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                outbox.delivered(id, response.statusCode(), clock.instant());
            } else {
                log.warn("Webhook {} {} refused: HTTP {}", w.type(), w.ref(), response.statusCode());
                outbox.failed(id, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Webhook {} {} not delivered: {}", w.type(), w.ref(), e.getClass().getSimpleName());
            outbox.failed(id, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outbox.failed(id, null, "interrupted");
        }
    }

    private HttpRequest request(Webhook w) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", w.type().name());
        body.put("ref", w.ref());
        body.put("propertyId", w.propertyId());
        body.put("occurredAt", w.occurredAt().toString());
        body.put("payload", w.payload());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        String token = environment.getProperty("opscore.bootstrap.service-token", "");
        if (!token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private String target() {
        String configured = environment.getProperty("opscore.sandbox.webhook-url", "");
        if (!configured.isBlank()) {
            return configured;
        }
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("no opscore.sandbox.webhook-url and no local server port yet");
        }
        return "http://127.0.0.1:" + port + "/api/agent/events";
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
