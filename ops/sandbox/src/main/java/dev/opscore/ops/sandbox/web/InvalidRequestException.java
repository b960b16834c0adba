package dev.opscore.ops.sandbox.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** 400: the request is malformed or names things that do not exist; {@code field} names the first problem. */
public final class InvalidRequestException extends SandboxException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::describe).collect(Collectors.joining("; ")),
                Map.of("field", problems.get(0).field(), "errors", problems.stream()
                        .map(p -> Map.of("field", p.field(), "detail", p.detail())).toList()));
        this.problems = List.copyOf(problems);
    }

    public static InvalidRequestException of(String field, String detail) {
        return new InvalidRequestException(List.of(new FieldProblem(field, detail)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
