package dev.opscore.ops.sandbox.security;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.SandboxPaths;
import dev.opscore.ops.sandbox.web.ProblemWriter;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/** The sandbox's own filter chain, ahead of the host application's (which denies {@code /api/**} it does not know). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
class SandboxSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain sandboxSecurity(HttpSecurity http, ProblemWriter problems, Environment environment)
            throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"OpsCore sandbox\", Basic realm=\"OpsCore sandbox\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, "Authenticate with the PMS bearer token or as admin with"
                    + " HTTP Basic.", request.getRequestURI(), Map.of());
        };
        var filter = new SandboxAuthenticationFilter(credentials(environment), entryPoint);
        http.securityMatcher(SandboxPaths.securityPatterns())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .addFilterBefore(filter, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(access -> access.anyRequest().authenticated());
        return http.build();
    }

    /** {@code opscore.pms.token} when set, else the service token OpsCore's own clients carry. */
    private static SandboxCredentials credentials(Environment environment) {
        String token = environment.getProperty("opscore.pms.token", "");
        if (token.isBlank()) {
            token = environment.getProperty("opscore.bootstrap.service-token", "");
        }
        return new SandboxCredentials(token, environment.getProperty("opscore.bootstrap.admin-password", ""));
    }
}
