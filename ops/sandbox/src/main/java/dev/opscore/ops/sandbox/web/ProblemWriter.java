package dev.opscore.ops.sandbox.web;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json (RFC 9457) from servlet filters, where no controller advice reaches. */
@Component
@ConditionalOnSandbox
public class ProblemWriter {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, HttpStatus status, String detail, String instance,
                      Map<String, Object> properties) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        problem.putAll(properties);
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(PROBLEM_JSON);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    public void write(HttpServletResponse response, SandboxException e, String instance) throws IOException {
        write(response, e.status(), e.getMessage(), instance, e.properties());
    }
}
