package dev.opscore.tools.pms.client;

import feign.Response;
import feign.Util;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an error body says: RFC 9457 problem+json {@code detail} (else {@code title}) and the
 * {@code field} it names (top level, or the first of {@code errors[]}). A body that is not JSON
 * becomes a short text excerpt.
 */
record Problem(String field, String detail) {

    private static final int EXCERPT = 200;

    static Problem of(Response response, JsonMapper mapper) {
        String body = text(response);
        if (body == null || body.isBlank()) {
            return new Problem(null, null);
        }
        try {
            JsonNode json = mapper.readTree(body);
            if (json.isObject()) {
                return new Problem(field(json), firstText(json, "detail", "title", "message"));
            }
        } catch (JacksonException notJson) {
            // fall through: keep an excerpt of the text
        }
        return new Problem(null, body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…");
    }

    private static String field(JsonNode json) {
        String field = firstText(json, "field");
        JsonNode errors = json.get("errors");
        if (field == null && errors != null && errors.isArray() && !errors.isEmpty()) {
            field = firstText(errors.get(0), "field");
        }
        return field;
    }

    private static String firstText(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                return value.asString();
            }
        }
        return null;
    }

    private static String text(Response response) {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            return new String(Util.toByteArray(in), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
