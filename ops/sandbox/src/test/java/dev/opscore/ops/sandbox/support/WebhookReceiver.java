package dev.opscore.ops.sandbox.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/** Stands in for OpsCore's event intake: a JDK HttpServer on the loopback that records what it is sent. */
public final class WebhookReceiver {

    /** One delivery: the Authorization header, the raw body and the body parsed. */
    public record Received(String authorization, String body, JsonNode json) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 202;

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/agent/events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = answer;
            if (status / 100 == 2) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body,
                        SandboxClient.JSON.readTree(body)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/agent/events";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Deliveries whose ref starts with {@code prefix} (the world's epoch and the order, e.g. {@code e3:wo-1:}). */
    public List<Received> withRefPrefix(String prefix) {
        return received.stream().filter(r -> r.json().path("ref").asString().startsWith(prefix)).toList();
    }

    /** Makes the receiver answer {@code status} from now on (e.g. 503 to test failed deliveries). */
    public void answer(int status) {
        this.answer = status;
    }
}
