package dev.opscore.db;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Converts between Java values and the text of {@code jsonb} columns (bound as {@code ?::jsonb}). */
@Component
public class JsonColumns {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JsonMapper json;

    public JsonColumns(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    public Map<String, Object> readMap(String text) {
        return text == null ? null : json.readValue(text, MAP);
    }

    public Object read(String text) {
        return text == null ? null : json.readValue(text, Object.class);
    }
}
