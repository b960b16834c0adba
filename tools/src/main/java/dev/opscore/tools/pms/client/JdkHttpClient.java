package dev.opscore.tools.pms.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Feign over the JDK's {@link HttpClient}: HTTP/1.1, pooled connections, every method (PATCH
 * included), the connect timeout on the client and the read timeout per request. Feign's own
 * {@code feign-hc5}/{@code feign-java11} are not served at the version the Spring Cloud BOM
 * manages, and this is all we need from them. Bodies are small JSON documents, read whole.
 */
final class JdkHttpClient implements Client {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient http;

    JdkHttpClient(Duration connectTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        HttpRequest outgoing = toJdk(request, Duration.ofMillis(options.readTimeoutMillis()));
        try {
            HttpResponse<byte[]> answer = http.send(outgoing, BodyHandlers.ofByteArray());
            return Response.builder()
                    .status(answer.statusCode())
                    .headers(headers(answer.headers().map()))
                    .body(answer.body())
                    .request(request)
                    .build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the PMS");
        }
    }

    private static HttpRequest toJdk(Request request, Duration readTimeout) {
        byte[] body = request.body();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout)
                .method(request.httpMethod().name(),
                        body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static Map<String, Collection<String>> headers(Map<String, List<String>> received) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        received.forEach((name, values) -> {
            if (!name.startsWith(":")) {
                headers.put(name, values);
            }
        });
        return headers;
    }
}
