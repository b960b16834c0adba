package dev.opscore.ops.sandbox.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** 404: the id in the path names nothing. */
public final class NotFoundException extends SandboxException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist", Map.of());
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
