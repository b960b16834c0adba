package dev.opscore.ops.sandbox.idempotency;

import dev.opscore.ops.sandbox.web.ProblemWriter;
import dev.opscore.tools.pms.PmsHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on the contract's writes (POST, PUT, PATCH, DELETE): 400 without
 * one, the stored response for a duplicate, 422 for a key reused with another request. Reads pass
 * through untouched.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyStore store;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!WRITES.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(PmsHeaders.IDEMPOTENCY_KEY);
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problems.write(response, HttpStatus.BAD_REQUEST, PmsHeaders.IDEMPOTENCY_KEY + ": header is required on"
                    + " every write, 1 to " + MAX_KEY_LENGTH + " characters", request.getRequestURI(),
                    Map.of("field", PmsHeaders.IDEMPOTENCY_KEY));
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        RequestFingerprint fingerprint = RequestFingerprint.of(request.getMethod(), request.getRequestURI(), cached.body());
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = store.execute(key, fingerprint, () -> serve(chain, cached, buffered));
        } catch (ChainFailure failure) {
            failure.rethrow();
            return;
        }
        if (outcome instanceof Outcome.Replayed replayed) {
            replay(response, replayed.response());
        } else if (outcome instanceof Outcome.Mismatch mismatch) {
            problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT, PmsHeaders.IDEMPOTENCY_KEY + " '" + key
                    + "' was first used for another request (" + mismatch.first().describe() + " with its own body);"
                    + " use a new key for a new request", request.getRequestURI(),
                    Map.of("field", PmsHeaders.IDEMPOTENCY_KEY));
        } else {
            buffered.copyBodyToResponse();
        }
    }

    private static StoredResponse serve(FilterChain chain, CachedBodyRequest request,
                                        ContentCachingResponseWrapper response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new ChainFailure(e);
        }
        return new StoredResponse(response.getStatus(), response.getContentType(), response.getContentAsByteArray());
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = stored.body() == null ? new byte[0] : stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Carries a checked failure of the filter chain out of the transaction callback (which rolls back). */
    private static final class ChainFailure extends RuntimeException {

        private final Exception cause;

        ChainFailure(Exception cause) {
            super(cause);
            this.cause = cause;
        }

        void rethrow() throws IOException, ServletException {
            if (cause instanceof IOException io) {
                throw io;
            }
            throw (ServletException) cause;
        }
    }
}
