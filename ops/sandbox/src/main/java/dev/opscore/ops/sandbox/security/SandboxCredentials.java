package dev.opscore.ops.sandbox.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The two credentials the sandbox accepts, checked in constant time. A blank credential accepts
 * nothing.
 */
final class SandboxCredentials {

    static final String ADMIN_USER = "admin";
    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    private final byte[] token;
    private final byte[] adminPassword;

    SandboxCredentials(String token, String adminPassword) {
        this.token = bytes(token);
        this.adminPassword = bytes(adminPassword);
    }

    /** Who the Authorization header proves the caller to be: the PMS client, the admin, or nobody. */
    Optional<String> authenticate(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.startsWith(BEARER)) {
            return matches(token, authorization.substring(BEARER.length()).trim()) ? Optional.of("pms-client")
                    : Optional.empty();
        }
        if (authorization.startsWith(BASIC)) {
            return basic(authorization.substring(BASIC.length()).trim());
        }
        return Optional.empty();
    }

    private Optional<String> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        boolean admin = colon > 0 && ADMIN_USER.equals(decoded.substring(0, colon))
                && matches(adminPassword, decoded.substring(colon + 1));
        return admin ? Optional.of(ADMIN_USER) : Optional.empty();
    }

    private static boolean matches(byte[] expected, String presented) {
        return expected.length > 0 && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String secret) {
        return secret == null || secret.isBlank() ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }
}
