package dev.opscore.ops.sandbox.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the running sandbox, as the PMS client (bearer token), the admin or nobody. */
public final class SandboxClient {

    public static final String TOKEN = "test-token";
    public static final String ADMIN_PASSWORD = "test-admin";
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String authorization;
    private final Duration timeout;

    public SandboxClient(String baseUrl) {
        this(baseUrl, "Bearer " + TOKEN, Duration.ofSeconds(30));
    }

    private SandboxClient(String baseUrl, String authorization, Duration timeout) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    public SandboxClient as(String authorizationHeader) {
        return new SandboxClient(baseUrl, authorizationHeader, timeout);
    }

    public SandboxClient asAdmin() {
        return as(basic("admin", ADMIN_PASSWORD));
    }

    public SandboxClient anonymous() {
        return as(null);
    }

    public SandboxClient withTimeout(Duration readTimeout) {
        return new SandboxClient(baseUrl, authorization, readTimeout);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response: status, headers and the body as text and (when JSON) parsed. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String text) {

        public JsonNode json() {
            return text == null || text.isBlank() ? null : JSON.readTree(text);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    /** A write with an idempotency key (null for none). */
    public Response write(String method, String path, String idempotencyKey, Object body) {
        return send(method, path, idempotencyKey, body);
    }

    public Response post(String path, String idempotencyKey, Object body) {
        return send("POST", path, idempotencyKey, body);
    }

    /** An administrative call under /sandbox (no idempotency key). */
    public Response admin(String method, String path, Object body) {
        return send(method, path, null, body);
    }

    /** Sends the request; throws {@link java.net.http.HttpTimeoutException} (unchecked-wrapped) on a read timeout. */
    public Response send(String method, String path, String idempotencyKey, Object body) {
        try {
            return sendChecked(method, path, idempotencyKey, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response sendChecked(String method, String path, String idempotencyKey, Object body) throws IOException {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text));
        if (text != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
