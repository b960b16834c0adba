package dev.opscore.tools.pms.client;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.util.Collection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every non-2xx answer into its {@link PmsFailure}: 408, 429 and 5xx are transient (with
 * {@code Retry-After}); 400/422 validation, 404 not found, 409 conflict; any other status is a
 * plain permanent failure.
 */
final class PmsErrorDecoder implements ErrorDecoder {

    private final JsonMapper mapper;
    private final RetryAfter retryAfter;

    PmsErrorDecoder(JsonMapper mapper, RetryAfter retryAfter) {
        this.mapper = mapper;
        this.retryAfter = retryAfter;
    }

    @Override
    public Exception decode(String operation, Response response) {
        int status = response.status();
        Problem problem = Problem.of(response, mapper);
        if (isTransient(status)) {
            return new TransientPmsFailure(operation, status, problem.detail(),
                    retryAfter.parse(header(response, "Retry-After")).orElse(null));
        }
        if (status == 400 || status == 422) {
            return new PmsValidationFailure(operation, status, problem.field(), problem.detail());
        }
        if (status == 404) {
            return new PmsNotFound(operation, problem.detail());
        }
        if (status == 409) {
            return new PmsConflict(operation, problem.detail());
        }
        return new PermanentPmsFailure(operation, status, problem.detail());
    }

    static boolean isTransient(int status) {
        return status >= 500 || status == 429 || status == 408;
    }

    private static String header(Response response, String name) {
        Collection<String> values = response.headers().get(name);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
