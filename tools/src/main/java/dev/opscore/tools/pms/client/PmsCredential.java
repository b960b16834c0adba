package dev.opscore.tools.pms.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** How the clients authenticate to the PMS: a bearer token, HTTP Basic, or nothing. Never printed. */
public final class PmsCredential {

    private final String authorization;
    private final String kind;

    private PmsCredential(String authorization, String kind) {
        this.authorization = authorization;
        this.kind = kind;
    }

    public static PmsCredential bearer(String token) {
        return new PmsCredential("Bearer " + required(token, "token"), "bearer");
    }

    public static PmsCredential basic(String username, String password) {
        String pair = required(username, "username") + ":" + (password == null ? "" : password);
        return new PmsCredential("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
                "basic");
    }

    public static PmsCredential none() {
        return new PmsCredential(null, "none");
    }

    /** The {@code Authorization} header value, empty for {@link #none()}. */
    public Optional<String> authorization() {
        return Optional.ofNullable(authorization);
    }

    @Override
    public String toString() {
        return "PmsCredential[" + kind + "]";
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a PMS " + name + " must not be blank");
        }
        return value;
    }
}
