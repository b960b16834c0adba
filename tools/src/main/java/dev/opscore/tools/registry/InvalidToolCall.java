package dev.opscore.tools.registry;

/** A call the registry cannot make: an unknown tool name, or an input that is not the tool's input type. Never retry it. */
public final class InvalidToolCall extends IllegalArgumentException {

    InvalidToolCall(String message, Throwable cause) {
        super(message, cause);
    }
}
