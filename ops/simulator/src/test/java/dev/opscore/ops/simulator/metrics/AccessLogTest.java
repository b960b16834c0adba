package dev.opscore.ops.simulator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    @Test
    void readsOnlyThePmsContractsPaths() {
        assertThat(AccessLog.parse("POST /api/workorders 201 k-1")).contains(
                new AccessLog.Line("POST", "/api/workorders", 201, "k-1"));
        assertThat(AccessLog.parse("GET /api/vendors 200 -")).contains(new AccessLog.Line("GET", "/api/vendors", 200, null));
        assertThat(AccessLog.parse("POST /api/agent/events 202 -")).isEqualTo(Optional.empty());
        assertThat(AccessLog.parse("PUT /sandbox/clock 200 -")).isEqualTo(Optional.empty());
    }

    @Test
    void countsRetriesByIdempotencyKey() {
        // given: k1 failed then succeeded; k2 failed three times; k3 was served twice (a slow call given up on, then
        // replayed); a read failed
        AccessLog log = new AccessLog(List.of(line("POST /api/workorders 503 k1"), line("POST /api/workorders 200 k1"),
                line("POST /api/workorders/wo-3/assignment 503 k2"), line("POST /api/workorders/wo-3/assignment 503 k2"),
                line("POST /api/workorders/wo-3/assignment 503 k2"), line("POST /api/messages/threads/thr-2/messages 200 k3"),
                line("POST /api/messages/threads/thr-2/messages 200 k3"), line("GET /api/vendors 503 -")));
        // when
        AccessLog.Retries retries = log.retries();
        // then
        assertThat(retries.writesRetriedThenSucceeded()).isEqualTo(1);
        assertThat(retries.writesNeverSucceeded()).isEqualTo(1);
        assertThat(retries.writesReplayed()).isEqualTo(1);
        assertThat(retries.readsFailed()).isEqualTo(1);
        assertThat(retries.failuresByCall()).containsEntry("POST /api/workorders/{id}/assignment 503", 3L)
                .containsEntry("POST /api/workorders 503", 1L).containsEntry("GET /api/vendors 503", 1L);
    }

    private static AccessLog.Line line(String raw) {
        return AccessLog.parse(raw).orElseThrow();
    }
}
