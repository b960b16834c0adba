package dev.opscore.tools.pms.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that may pass: 5xx, 408, 429, a timeout, a refused or reset connection, any I/O
 * error. {@link #retryAfter()} carries the PMS's {@code Retry-After} when it sent one: a retry
 * policy should wait at least that long.
 */
public final class TransientPmsFailure extends PmsFailure {

    private final Duration retryAfter;

    /** A failed answer from the PMS; {@code retryAfter} may be null. */
    public TransientPmsFailure(String operation, int status, String detail, Duration retryAfter) {
        super(operation, status, detail, null);
        this.retryAfter = retryAfter;
    }

    /** No answer at all (timeout, connection refused, I/O error), with its cause. */
    public TransientPmsFailure(String operation, String detail, Throwable cause) {
        super(operation, noResponse(), detail, cause);
        this.retryAfter = null;
    }

    @Override
    public boolean transientFailure() {
        return true;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
