package dev.opscore.ops.sandbox.fault;

/**
 * One fault rule, for calls whose method (any when null) and path (an Ant pattern such as
 * {@code /api/workorders/**}) match:
 * <ul>
 * <li>{@code latencyMs}: the call waits this long, then is served normally (the effect happens even
 *     if the client gave up: a slow server);</li>
 * <li>{@code timeoutMs}: the call is held this long and then answered 504 without being served (a
 *     hung upstream; set it above the client's read timeout to cause a timeout);</li>
 * <li>{@code tooManyRequests}: the next N calls answer 429 with {@code Retry-After: 1};</li>
 * <li>{@code failNext}: the next N calls answer {@code status} (default 503);</li>
 * <li>{@code errorRate}: each other call fails with {@code status} with this probability (0..1).</li>
 * </ul>
 * Checked in that order; {@code GET /sandbox/faults} shows the counts left.
 */
public record FaultRule(String method, String path, Double errorRate, Integer status, Integer failNext, Long latencyMs,
                        Long timeoutMs, Integer tooManyRequests) {

    static final int DEFAULT_STATUS = 503;

    int statusOrDefault() {
        return status == null ? DEFAULT_STATUS : status;
    }
}
