package dev.opscore.tools.pms;

/** Headers of the contract. Every write carries an {@code Idempotency-Key}: same key and body, same effect once. */
public final class PmsHeaders {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private PmsHeaders() {
    }
}
