package dev.opscore.ops.sandbox.fault;

import dev.opscore.ops.sandbox.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the fault rules to a contract call: waits, then fails it or lets it through. Waiting
 * blocks the request thread on purpose: that is what a slow server does to its clients.
 */
final class FaultFilter extends OncePerRequestFilter {

    private final FaultRules rules;
    private final ProblemWriter problems;

    FaultFilter(FaultRules rules, ProblemWriter problems) {
        this.rules = rules;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FaultDecision decision = rules.decide(request.getMethod(), request.getRequestURI());
        if (decision.delayMs() > 0 && !waited(decision.delayMs())) {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "interrupted while injecting latency",
                    request.getRequestURI(), Map.of());
            return;
        }
        if (!decision.fails()) {
            chain.doFilter(request, response);
            return;
        }
        HttpStatus status = HttpStatus.valueOf(decision.status());
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        problems.write(response, status, "Injected fault: " + decision.rule(), request.getRequestURI(),
                Map.of("injected", true));
    }

    private static boolean waited(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
