package dev.opscore.ops.sandbox.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * 409: the request is well formed but the current state forbids it: an illegal work-order
 * transition ({@code from}, {@code to}), or a vendor who cannot take the order ({@code reason}).
 */
public final class ConflictException extends SandboxException {

    public ConflictException(String detail, Map<String, Object> properties) {
        super(detail, properties);
    }

    public static ConflictException because(String reason, String detail) {
        return new ConflictException(detail, Map.of("reason", reason));
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
