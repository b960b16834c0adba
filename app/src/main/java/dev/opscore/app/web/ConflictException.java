package dev.opscore.app.web;

/** The resource's state does not allow the request (e.g. cancelling a finished run): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
