package dev.opscore.ops.sandbox.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a sandbox request from its Authorization header; a header that proves nothing is
 * answered 401 at once, a missing one is left to the chain's authorization (also 401). Created by
 * the security configuration, never a bean, so that the servlet container does not run it for
 * every path.
 */
final class SandboxAuthenticationFilter extends OncePerRequestFilter {

    private final SandboxCredentials credentials;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SandboxAuthenticationFilter(SandboxCredentials credentials, AuthenticationEntryPoint entryPoint) {
        this.credentials = credentials;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        var caller = credentials.authenticate(header);
        if (caller.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("unknown sandbox credentials"));
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_SANDBOX"))));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
