package dev.opscore.tools.registry;

/** Input of the tools that read one resource by its id. */
public record ById(String id) {
}
