package dev.opscore.ops.sandbox.web;

/** One thing wrong with a request: the JSON field (or parameter, or header) and what is wrong with it. */
public record FieldProblem(String field, String detail) {

    /** "field: detail", the form the problem's {@code detail} takes. */
    public String describe() {
        return field + ": " + detail;
    }
}
