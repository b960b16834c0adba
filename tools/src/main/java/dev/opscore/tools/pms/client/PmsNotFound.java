package dev.opscore.tools.pms.client;

/** 404: the resource the call named does not exist (or no longer exists) in the PMS. */
public final class PmsNotFound extends PermanentPmsFailure {

    public PmsNotFound(String operation, String detail) {
        super(operation, 404, detail);
    }
}
