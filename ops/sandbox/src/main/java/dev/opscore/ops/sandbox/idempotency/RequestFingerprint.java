package dev.opscore.ops.sandbox.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes two writes "the same request": method, path and the SHA-256 of the body. A JSON body is
 * hashed in canonical form (object keys sorted, no whitespace), so key order and spacing do not
 * matter; anything else is hashed as sent.
 */
record RequestFingerprint(String method, String path, String bodyHash) {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    static RequestFingerprint of(String method, String path, byte[] body) {
        return new RequestFingerprint(method, path, sha256(canonical(body)));
    }

    String describe() {
        return method + " " + path;
    }

    private static byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            Object value = CANONICAL.readValue(body, Object.class);
            return CANONICAL.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException e) {
            return body;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
