package dev.opscore.tools.registry;

import dev.opscore.policy.ActionType;
import dev.opscore.tools.pms.PmsApis;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One PMS call the agent may make: a stable {@link #name()} (what plans and logs refer to), a typed
 * input, the policy {@link ActionType} to gate it with, and the contract method it calls.
 * Instances are the constants of {@link Tools}; call them through {@link ToolRegistry}.
 *
 * @param <I> the input record
 * @param <O> what the PMS answers
 */
public final class Tool<I, O> {

    /** How a tool calls the contract; {@code idempotencyKey} is ignored by reads. */
    @FunctionalInterface
    interface Call<I, O> {
        O call(PmsApis apis, I input, String idempotencyKey);
    }

    private final String name;
    private final ActionType actionType;
    private final Function<I, ActionType> actionTypeOfInput;
    private final Class<I> inputType;
    private final Class<?> api;
    private final String apiMethod;
    private final Call<I, O> call;

    private Tool(String name, ActionType actionType, Function<I, ActionType> actionTypeOfInput, Class<I> inputType,
                 Class<?> api, String apiMethod, Call<I, O> call) {
        this.name = Objects.requireNonNull(name);
        this.actionType = Objects.requireNonNull(actionType);
        this.actionTypeOfInput = actionTypeOfInput;
        this.inputType = Objects.requireNonNull(inputType);
        this.api = Objects.requireNonNull(api);
        this.apiMethod = Objects.requireNonNull(apiMethod);
        this.call = Objects.requireNonNull(call);
    }

    static <I, O> Tool<I, O> read(String name, Class<?> api, String apiMethod, Class<I> inputType,
                                  BiFunction<PmsApis, I, O> call) {
        return new Tool<>(name, ActionType.READ, null, inputType, api, apiMethod,
                (apis, input, key) -> call.apply(apis, input));
    }

    static <I, O> Tool<I, O> write(String name, ActionType actionType, Class<?> api, String apiMethod,
                                   Class<I> inputType, Call<I, O> call) {
        if (actionType == ActionType.READ) {
            throw new IllegalArgumentException(name + ": a write cannot be READ");
        }
        return new Tool<>(name, actionType, null, inputType, api, apiMethod, call);
    }

    /** The same tool, gated by an action type that depends on the input (e.g. a move to CLOSED). */
    Tool<I, O> actionTypeFrom(Function<I, ActionType> ofInput) {
        return new Tool<>(name, actionType, ofInput, inputType, api, apiMethod, call);
    }

    /** The stable name, e.g. {@code workorders.create}. */
    public String name() {
        return name;
    }

    /** The action type of the tool in general; see {@link #actionTypeFor(Object)} for one call. */
    public ActionType actionType() {
        return actionType;
    }

    /** The action type the policy must decide on for this input. */
    public ActionType actionTypeFor(I input) {
        return actionTypeOfInput == null ? actionType : actionTypeOfInput.apply(input);
    }

    public boolean readOnly() {
        return actionType == ActionType.READ;
    }

    public Class<I> inputType() {
        return inputType;
    }

    /** The contract interface the tool calls, e.g. {@code WorkOrdersApi.class}. */
    public Class<?> api() {
        return api;
    }

    /** The name of the contract method the tool calls, e.g. {@code create}. */
    public String apiMethod() {
        return apiMethod;
    }

    /**
     * The {@code Idempotency-Key} this tool sends for one step of one run: the same for every retry
     * or replay of that step, different for any other run, step or tool. Store it with the step.
     */
    public String idempotencyKey(UUID runId, int stepOrder) {
        return IdempotencyKeys.of(runId, stepOrder, name);
    }

    O call(PmsApis apis, I input, String idempotencyKey) {
        return call.call(apis, input, idempotencyKey);
    }

    @Override
    public String toString() {
        return name;
    }
}
