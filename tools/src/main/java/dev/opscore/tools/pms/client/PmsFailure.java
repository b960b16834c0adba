package dev.opscore.tools.pms.client;

import dev.opscore.tools.redaction.TextMasks;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a call to the PMS failed, classified where it first appears: {@link TransientPmsFailure}
 * (worth retrying later) or {@link PermanentPmsFailure} (retrying the same call cannot help). The
 * Feign clients of this package throw nothing else.
 *
 * <p>Callers retry on {@link #transientFailure()} only, with their own policy: the clients never
 * retry. The message names the operation and the status; the PMS's problem detail is included
 * with e-mail addresses, phone and card numbers masked, so the message is safe to log.
 */
public abstract sealed class PmsFailure extends RuntimeException permits TransientPmsFailure, PermanentPmsFailure {

    private static final int NO_RESPONSE = 0;

    private final String operation;
    private final int status;
    private final String detail;

    PmsFailure(String operation, int status, String detail, Throwable cause) {
        super(message(operation, status, detail), cause);
        this.operation = operation;
        this.status = status;
        this.detail = detail;
    }

    /** True when the same call may succeed later (5xx, 429, timeouts, connection failures). */
    public abstract boolean transientFailure();

    /** The client method that failed, e.g. {@code WorkOrdersApi#create(String,NewWorkOrder)}. */
    public String operation() {
        return operation;
    }

    /** The HTTP status of the PMS's answer; empty when there was none (timeout, connection refused). */
    public OptionalInt status() {
        return status == NO_RESPONSE ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The problem+json {@code detail} (or a short excerpt of another body), when the PMS sent one. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    static int noResponse() {
        return NO_RESPONSE;
    }

    private static String message(String operation, int status, String detail) {
        String answer = status == NO_RESPONSE ? "no response" : "HTTP " + status;
        String text = operation + ": " + answer;
        return detail == null ? text : text + ": " + TextMasks.mask(detail);
    }
}
