package dev.opscore.ops.simulator.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to the OpsCore under test (JDK HttpClient), as any client of its API would call it. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A response: status and the body parsed as JSON (null when empty or not JSON). */
    record Reply(int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Reply get(String path, String authorization) {
        return send("GET", path, null, authorization);
    }

    Reply post(String path, Object body, String authorization) {
        return send("POST", path, body, authorization);
    }

    Reply put(String path, Object body, String authorization) {
        return send("PUT", path, body, authorization);
    }

    Reply patch(String path, Object body, String authorization) {
        return send("PATCH", path, body, authorization);
    }

    /** Sends {@code body} as JSON; a String is sent as it is (already JSON). */
    Reply send(String method, String path, Object body, String authorization) {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
                .header("Authorization", authorization);
        if (text != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode json = raw == null || raw.isBlank() || (raw.charAt(0) != '{' && raw.charAt(0) != '[') ? null
                    : JSON.readTree(raw);
            return new Reply(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }

    /** The reply, or an exception naming the call when it is not 2xx. */
    static Reply expectOk(Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
        }
        return reply;
    }
}
