package dev.opscore.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates services by their bearer token (compared in constant time) with the SERVICE role.
 * Another bearer token is refused, unless an OIDC issuer is configured: then it is left to the JWT
 * filter that follows.
 */
class ServiceTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final AuthenticationEntryPoint entryPoint;
    private final boolean otherTokensGoToOidc;

    ServiceTokenFilter(String token, AuthenticationEntryPoint entryPoint, boolean otherTokensGoToOidc) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.entryPoint = entryPoint;
        this.otherTokensGoToOidc = otherTokensGoToOidc;
    }

    /** True when the header value is exactly this service's token. */
    boolean isServiceToken(String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            chain.doFilter(request, response);
            return;
        }
        if (!isServiceToken(header.substring(BEARER.length()).trim())) {
            if (otherTokensGoToOidc) {
                chain.doFilter(request, response);
            } else {
                entryPoint.commence(request, response, new BadCredentialsException("Unknown bearer token"));
            }
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated("service", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ApiRole.SERVICE.name())));
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
    }
}
