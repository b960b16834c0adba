package dev.opscore.ops.sandbox.idempotency;

/** A response as it went out: status, content type and the exact bytes of the body. */
record StoredResponse(int status, String contentType, byte[] body) {

    boolean successful() {
        return status >= 200 && status < 300;
    }
}
