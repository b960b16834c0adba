package dev.opscore.tools.pms.client;

import java.util.Optional;

/**
 * 400 or 422: the PMS rejected the request's content. {@link #field()} names the offending field
 * when the problem+json body does. A reused {@code Idempotency-Key} with another body is also 422.
 */
public final class PmsValidationFailure extends PermanentPmsFailure {

    private final String field;

    public PmsValidationFailure(String operation, int status, String field, String detail) {
        super(operation, status, detail);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
