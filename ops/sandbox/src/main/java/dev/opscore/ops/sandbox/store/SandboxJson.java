package dev.opscore.ops.sandbox.store;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Values to and from the text of {@code jsonb} columns (bound as {@code CAST(:x AS jsonb)}, read as {@code col::text}). */
@Component
@ConditionalOnSandbox
public class SandboxJson {

    private final JsonMapper json;

    public SandboxJson(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    public List<String> strings(String text) {
        return list(text, String.class);
    }

    public <T> List<T> list(String text, Class<T> type) {
        if (text == null) {
            return List.of();
        }
        return json.readValue(text, json.getTypeFactory().constructCollectionType(List.class, type));
    }

    public <T> T read(String text, Class<T> type) {
        return json.readValue(text, type);
    }
}
