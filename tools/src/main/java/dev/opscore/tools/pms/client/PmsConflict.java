package dev.opscore.tools.pms.client;

/**
 * 409: the call conflicts with the resource's state — an illegal work-order transition, or a
 * request whose {@code Idempotency-Key} is still being processed. The caller re-reads the state
 * before deciding anything.
 */
public final class PmsConflict extends PermanentPmsFailure {

    public PmsConflict(String operation, String detail) {
        super(operation, 409, detail);
    }
}
