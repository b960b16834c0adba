package dev.opscore.ops.sandbox.web;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of a sandbox endpoint as problem+json. Scoped to the sandbox's controllers and
 * ordered first, so that the host application's own advice never answers for the sandbox.
 */
@RestControllerAdvice(basePackages = "dev.opscore.ops.sandbox")
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnSandbox
class SandboxProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SandboxProblems.class);

    @ExceptionHandler(SandboxException.class)
    ResponseEntity<ProblemDetail> refused(SandboxException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return refused(InvalidRequestException.of(e.getName(), "'" + e.getValue() + "' is not a valid value"
                + allowedValues(e.getRequiredType())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Sandbox request failed unexpectedly: {}", e.getClass().getName(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The sandbox failed unexpectedly");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return asObject(refused(InvalidRequestException.of(missing.getHeaderName(), "header is required")));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        DatabindException databind = databindCause(e);
        if (databind != null && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return asObject(refused(InvalidRequestException.of(field, "has a value of the wrong type or format: "
                    + databind.getOriginalMessage())));
        }
        String cause = e.getMostSpecificCause().getMessage();
        String detail = cause != null && cause.startsWith("Required request body is missing")
                ? "a JSON body is required" : "is not valid JSON";
        return asObject(refused(InvalidRequestException.of("body", detail)));
    }

    private static String allowedValues(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        Object[] constants = type.getEnumConstants();
        StringBuilder names = new StringBuilder(" (one of ");
        for (int i = 0; i < constants.length; i++) {
            names.append(i == 0 ? "" : ", ").append(constants[i]);
        }
        return names.append(')').toString();
    }

    private static DatabindException databindCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode()).body(response.getBody());
    }
}
