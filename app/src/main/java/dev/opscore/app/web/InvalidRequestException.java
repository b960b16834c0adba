package dev.opscore.app.web;

/** A request the API refuses before it changes anything: 400, naming the offending field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
