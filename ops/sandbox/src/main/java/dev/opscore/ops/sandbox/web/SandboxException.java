package dev.opscore.ops.sandbox.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request the sandbox refuses, as a real PMS would; turned into problem+json with {@link #status()}. */
public abstract sealed class SandboxException extends RuntimeException
        permits InvalidRequestException, NotFoundException, ConflictException {

    private final transient Map<String, Object> properties;

    SandboxException(String detail, Map<String, Object> properties) {
        super(detail);
        this.properties = Map.copyOf(properties);
    }

    public abstract HttpStatus status();

    public abstract String title();

    /** Extra members of the problem document ({@code field}, {@code from}, {@code to}, {@code reason} …). */
    public Map<String, Object> properties() {
        return properties;
    }
}
