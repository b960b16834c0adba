package dev.opscore.tools.registry;

import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.PmsJson;
import dev.opscore.tools.redaction.Redactor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tools the agent may call, by name, and the one way to call them: {@code invoke} sends the
 * step's deterministic {@code Idempotency-Key} (so a retried or replayed step never acts twice) and
 * returns the output with redacted copies of request and response for the action log.
 *
 * <p>The caller gates the call first (policy on {@link Tool#actionTypeFor(Object)}) and handles
 * failures: {@code invoke} lets the clients' {@code PmsFailure} through unchanged (retry only
 * {@code transientFailure()} ones) and throws {@link InvalidToolCall} for an unknown tool or an
 * input of the wrong shape. Use {@link #redact(Object)} to log the input of a failed call.
 */
public final class ToolRegistry {

    private final PmsApis apis;
    private final Redactor redactor;
    private final JsonMapper mapper = PmsJson.newMapper();
    private final Map<String, Tool<?, ?>> byName = new LinkedHashMap<>();

    public ToolRegistry(PmsApis apis) {
        this(apis, new Redactor());
    }

    public ToolRegistry(PmsApis apis, Redactor redactor) {
        this.apis = Objects.requireNonNull(apis, "apis");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        for (Tool<?, ?> tool : Tools.all()) {
            if (byName.putIfAbsent(tool.name(), tool) != null) {
                throw new IllegalStateException("two tools are named " + tool.name());
            }
        }
    }

    /** A registry on the same clients whose redaction also masks these values (e.g. the names in a run's context). */
    public ToolRegistry alsoMasking(Collection<String> personalValues) {
        return new ToolRegistry(apis, redactor.alsoMasking(personalValues));
    }

    public List<Tool<?, ?>> tools() {
        return List.copyOf(byName.values());
    }

    public Optional<Tool<?, ?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Calls a tool for step {@code stepOrder} of run {@code runId}. */
    public <I, O> ToolCall<O> invoke(Tool<I, O> tool, I input, UUID runId, int stepOrder) {
        if (byName.get(tool.name()) != tool) {
            throw new InvalidToolCall("not a registered tool: " + tool.name(), null);
        }
        if (!tool.inputType().isInstance(input)) {
            throw new InvalidToolCall(tool.name() + " takes a " + tool.inputType().getSimpleName(), null);
        }
        String key = tool.idempotencyKey(runId, stepOrder);
        O output = tool.call(apis, input, key);
        return new ToolCall<>(tool.name(), tool.actionTypeFor(input), key, output, redactor.redactToMap(input),
                redactor.redactToMap(output));
    }

    /**
     * Calls a tool by name, as a stored plan does: {@code input} is the tool's input record, or its
     * JSON form as a {@code Map} (or a Jackson tree), which is converted to the record.
     */
    public ToolCall<?> invoke(String toolName, Object input, UUID runId, int stepOrder) {
        Tool<?, ?> tool = find(toolName).orElseThrow(() -> new InvalidToolCall("no tool named " + toolName, null));
        return invokeTyped(tool, input, runId, stepOrder);
    }

    /** The redacted copy of any value, for logging what {@code invoke} does not return (e.g. a failed call's input). */
    public Map<String, Object> redact(Object value) {
        return redactor.redactToMap(value);
    }

    private <I, O> ToolCall<O> invokeTyped(Tool<I, O> tool, Object input, UUID runId, int stepOrder) {
        return invoke(tool, inputOf(tool, input), runId, stepOrder);
    }

    private <I> I inputOf(Tool<I, ?> tool, Object input) {
        if (input == null) {
            throw new InvalidToolCall(tool.name() + " needs an input", null);
        }
        if (tool.inputType().isInstance(input)) {
            return tool.inputType().cast(input);
        }
        try {
            return mapper.convertValue(input, tool.inputType());
        } catch (JacksonException | IllegalArgumentException unconvertible) {
            throw new InvalidToolCall(tool.name() + " takes a " + tool.inputType().getSimpleName(), unconvertible);
        }
    }
}
