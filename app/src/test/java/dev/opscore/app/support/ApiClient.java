package dev.opscore.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to a running OpsCore, as a client would make them. */
public final class ApiClient {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String SERVICE_TOKEN = "test-service-token";
    public static final String USER_PASSWORD = "test-user-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Who calls: nobody, a user with HTTP Basic, or the service with its token. */
    public enum Caller {
        ANONYMOUS, ADMIN, MANAGER, GOVERNOR, SERVICE;

        String authorization() {
            return switch (this) {
                case ANONYMOUS -> null;
                case ADMIN -> basic("admin", ADMIN_PASSWORD);
                case MANAGER -> basic("manager", USER_PASSWORD);
                case GOVERNOR -> basic("governor", USER_PASSWORD);
                case SERVICE -> "Bearer " + SERVICE_TOKEN;
            };
        }

        private static String basic(String user, String password) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A response: status, headers and the body parsed as JSON (null when empty). */
    public record Response(int status, String contentType, String location, JsonNode body, String text) {
    }

    public Response get(String path, Caller caller) {
        return send("GET", path, null, caller);
    }

    public Response post(String path, Object body, Caller caller) {
        return send("POST", path, body, caller);
    }

    public Response put(String path, Object body, Caller caller) {
        return send("PUT", path, body, caller);
    }

    /** Sends {@code body} as JSON; a String body is sent as it is (to test malformed JSON). */
    public Response send(String method, String path, Object body, Caller caller) {
        return send(method, path, body, caller.authorization());
    }

    /** Sends with the given Authorization header value (null for none). */
    public Response send(String method, String path, Object body, String authorization) {
        String text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String responseText = response.body();
            JsonNode json = responseText == null || responseText.isBlank() || responseText.charAt(0) != '{'
                    && responseText.charAt(0) != '[' ? null : JSON.readTree(responseText);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null), json, responseText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
