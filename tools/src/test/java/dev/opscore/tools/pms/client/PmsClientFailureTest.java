package dev.opscore.tools.pms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.throwable;

import dev.opscore.tools.pms.workorder.WorkOrdersApi;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of failure, produced by a real HTTP server and classified by a real Feign client. */
class PmsClientFailureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-14T10:00:00Z"), ZoneOffset.UTC);

    private final StubPms pms = new StubPms();

    @AfterEach
    void stop() {
        pms.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 408})
    void serverErrorsAreTransient(int status) {
        // given
        pms.problem(status, "{\"title\":\"Unavailable\",\"detail\":\"try later\"}");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isInstanceOfSatisfying(TransientPmsFailure.class, failure -> {
                    assertThat(failure.transientFailure()).isTrue();
                    assertThat(failure.status()).hasValue(status);
                    assertThat(failure.detail()).hasValue("try later");
                    assertThat(failure.retryAfter()).isEmpty();
                    assertThat(failure.operation()).isEqualTo("WorkOrdersApi#get(String)");
                });
    }

    @Test
    void retryAfterInSecondsIsCarried() {
        // given
        pms.answer(503, Map.of("Retry-After", "7"), "");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isInstanceOfSatisfying(TransientPmsFailure.class,
                        failure -> assertThat(failure.retryAfter()).hasValue(Duration.ofSeconds(7)));
    }

    @Test
    void tooManyRequestsIsTransientWithRetryAfterAsADate() {
        // given
        pms.answer(429, Map.of("Retry-After", "Wed, 14 Jan 2026 10:00:30 GMT"), "");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isInstanceOfSatisfying(TransientPmsFailure.class, failure -> {
                    assertThat(failure.status()).hasValue(429);
                    assertThat(failure.retryAfter()).hasValue(Duration.ofSeconds(30));
                });
    }

    @Test
    void feignNeverRetries() {
        // given
        pms.problem(503, "{}");

        // when
        assertThatThrownBy(() -> workOrders().get("wo-1")).isInstanceOf(TransientPmsFailure.class);

        // then
        assertThat(pms.received()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 422})
    void validationProblemsNameTheField(int status) {
        // given
        pms.problem(status, "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":" + status
                + ",\"detail\":\"category is required\",\"field\":\"category\"}");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isInstanceOfSatisfying(PmsValidationFailure.class, failure -> {
                    assertThat(failure.transientFailure()).isFalse();
                    assertThat(failure.status()).hasValue(status);
                    assertThat(failure.field()).hasValue("category");
                    assertThat(failure.detail()).hasValue("category is required");
                });
    }

    @Test
    void fieldIsAlsoReadFromAnErrorsArray() {
        // given
        pms.problem(400, "{\"title\":\"Bad Request\",\"errors\":[{\"field\":\"title\",\"message\":\"blank\"}]}");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isInstanceOfSatisfying(PmsValidationFailure.class, failure -> {
                    assertThat(failure.field()).hasValue("title");
                    assertThat(failure.detail()).hasValue("Bad Request");
                });
    }

    @Test
    void validationWithoutABodyHasNoField() {
        // given
        pms.answer(422, Map.of(), "");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isInstanceOfSatisfying(PmsValidationFailure.class, failure -> {
                    assertThat(failure.field()).isEmpty();
                    assertThat(failure.detail()).isEmpty();
                });
    }

    @Test
    void notFoundIsPermanent() {
        // given
        pms.problem(404, "{\"title\":\"Not Found\",\"detail\":\"no work order wo-9\"}");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-9"))
                .isInstanceOfSatisfying(PmsNotFound.class, failure -> {
                    assertThat(failure.transientFailure()).isFalse();
                    assertThat(failure.status()).hasValue(404);
                    assertThat(failure.detail()).hasValue("no work order wo-9");
                });
    }

    @Test
    void conflictIsPermanent() {
        // given
        pms.problem(409, "{\"title\":\"Conflict\",\"detail\":\"NEW -> CLOSED is not allowed\"}");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isInstanceOfSatisfying(PmsConflict.class, failure -> {
                    assertThat(failure.status()).hasValue(409);
                    assertThat(failure.getMessage()).contains("409", "NEW -> CLOSED is not allowed");
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 405, 415})
    void otherClientErrorsArePlainPermanentFailures(int status) {
        // given
        pms.answer(status, Map.of("Content-Type", "text/plain"), "nope");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isExactlyInstanceOf(PermanentPmsFailure.class)
                .satisfies(failure -> assertThat(((PmsFailure) failure).detail()).hasValue("nope"));
    }

    @Test
    void aSlowAnswerTimesOutAsTransient() {
        // given
        pms.json(200, "{}").hangUntilReleased();
        WorkOrdersApi impatient = clients(Duration.ofMillis(300)).create(WorkOrdersApi.class);

        // when / then
        assertThatThrownBy(() -> impatient.get("wo-1"))
                .isInstanceOfSatisfying(TransientPmsFailure.class, failure -> {
                    assertThat(failure.status()).isEmpty();
                    assertThat(failure.getCause()).isNotNull();
                })
                .extracting(Throwable::getCause, throwable(Throwable.class))
                .hasRootCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aRefusedConnectionIsTransient() throws IOException {
        // given
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WorkOrdersApi nowhere = new PmsClients(PmsEndpoint.fixed("http://127.0.0.1:" + closedPort,
                PmsCredential.none()), Duration.ofSeconds(2), Duration.ofSeconds(2), CLOCK)
                .create(WorkOrdersApi.class);

        // when / then
        assertThatThrownBy(() -> nowhere.get("wo-1"))
                .isInstanceOfSatisfying(TransientPmsFailure.class, failure -> {
                    assertThat(failure.status()).isEmpty();
                    assertThat(failure.retryAfter()).isEmpty();
                    assertThat(causes(failure)).anyMatch(ConnectException.class::isInstance);
                });
    }

    @Test
    void anUnreadableAnswerIsPermanent() {
        // given
        pms.json(200, "{\"id\": [not json");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isExactlyInstanceOf(PermanentPmsFailure.class)
                .satisfies(failure -> assertThat(((PmsFailure) failure).status()).isEmpty());
    }

    @Test
    void problemDetailsAreMaskedInTheMessage() {
        // given
        pms.problem(422, "{\"detail\":\"phone +1 (555) 123-4567 of maria@example.com is invalid\",\"field\":\"phone\"}");

        // when / then
        assertThatThrownBy(() -> workOrders().get("wo-1"))
                .isInstanceOf(PmsValidationFailure.class)
                .message().doesNotContain("555", "maria@example.com").contains("[phone]", "[email]");
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private WorkOrdersApi workOrders() {
        return clients(Duration.ofSeconds(5)).create(WorkOrdersApi.class);
    }

    private PmsClients clients(Duration readTimeout) {
        return new PmsClients(PmsEndpoint.fixed(pms.baseUrl(), PmsCredential.bearer("t0ken")), Duration.ofSeconds(2),
                readTimeout, CLOCK);
    }
}
