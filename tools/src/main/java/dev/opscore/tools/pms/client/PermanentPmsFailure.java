package dev.opscore.tools.pms.client;

/**
 * A failure that the same call will meet again: a 4xx answer (other than 408 and 429) or a
 * response that cannot be read. The specific kinds the runtime acts on are subclasses; any other
 * (401, 403, 405, an undecodable body …) is a plain {@code PermanentPmsFailure}.
 */
public sealed class PermanentPmsFailure extends PmsFailure permits PmsValidationFailure, PmsNotFound, PmsConflict {

    public PermanentPmsFailure(String operation, int status, String detail) {
        super(operation, status, detail, null);
    }

    /** A failure with no usable answer from the PMS (e.g. a body that cannot be encoded or decoded). */
    public PermanentPmsFailure(String operation, String detail, Throwable cause) {
        super(operation, noResponse(), detail, cause);
    }

    @Override
    public final boolean transientFailure() {
        return false;
    }
}
