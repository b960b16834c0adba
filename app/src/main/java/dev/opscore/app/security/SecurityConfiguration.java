package dev.opscore.app.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/**
 * Every {@code /api/agent/**} endpoint needs authentication: HTTP Basic (or, with an OIDC issuer
 * configured, the issuer's JWTs) for people, a bearer token for services. The table below is the
 * one place that says which role may call what.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String SERVICE = ApiRole.SERVICE.name();
    private static final String MANAGER = ApiRole.MANAGER.name();
    private static final String ADMIN = ApiRole.ADMIN.name();

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, SecurityProperties properties,
                                    @Value("${opscore.bootstrap.service-token}") String serviceToken,
                                    ObjectProvider<JwtDecoder> oidcIssuer) throws Exception {
        JwtDecoder jwtDecoder = oidcIssuer.getIfAvailable();
        ServiceTokenFilter serviceTokens = new ServiceTokenFilter(serviceToken, problems, jwtDecoder != null);
        if (jwtDecoder != null) {
            http.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(problems)
                    .bearerTokenResolver(peopleTokensOnly(serviceTokens))
                    .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(rolesFrom(properties.oidcRolesClaim()))));
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(serviceTokens, BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(access -> access
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(POST, "/api/agent/events", "/api/agent/cron/tick").hasRole(SERVICE)
                        .requestMatchers(POST, "/api/agent/runs").hasAnyRole(MANAGER, SERVICE)
                        .requestMatchers(GET, "/api/agent/runs", "/api/agent/runs/*", "/api/agent/runs/*/replay")
                        .hasRole(MANAGER)
                        .requestMatchers(POST, "/api/agent/runs/*/cancel").hasRole(MANAGER)
                        .requestMatchers(GET, "/api/agent/exceptions").hasRole(MANAGER)
                        .requestMatchers(PATCH, "/api/agent/exceptions/*").hasRole(MANAGER)
                        .requestMatchers(POST, "/api/agent/exceptions/*/decision").hasRole(MANAGER)
                        .requestMatchers(GET, "/api/agent/kpis").hasRole(MANAGER)
                        .requestMatchers(POST, "/api/agent/policies/evaluate").hasAnyRole(MANAGER, ADMIN)
                        .requestMatchers(POST, "/api/agent/triage").hasAnyRole(MANAGER, ADMIN)
                        .requestMatchers(GET, "/api/agent/policies").hasRole(ADMIN)
                        .requestMatchers(POST, "/api/agent/policies").hasRole(ADMIN)
                        .requestMatchers(GET, "/api/agent/kill-switch").hasRole(ADMIN)
                        .requestMatchers(PUT, "/api/agent/kill-switch").hasRole(ADMIN)
                        .requestMatchers(GET, "/api/agent/audit/verify").hasRole(ADMIN)
                        // an endpoint missing from this table is closed to everyone until it is added
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /** The service's own token is not a JWT: keep it away from the OIDC filter. */
    private static BearerTokenResolver peopleTokensOnly(ServiceTokenFilter serviceTokens) {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return request -> {
            String token = standard.resolve(request);
            return serviceTokens.isServiceToken(token) ? null : token;
        };
    }

    /** A person's roles come from one claim of the issuer's token (SERVICE, MANAGER or ADMIN). */
    private static JwtAuthenticationConverter rolesFrom(String claim) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(claim);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder, SecurityProperties properties,
                             @Value("${opscore.bootstrap.admin-password}") String adminPassword) {
        List<UserDetails> users = new ArrayList<>();
        users.add(User.withUsername("admin").password(encoder.encode(adminPassword)).roles(ADMIN, MANAGER).build());
        for (SecurityProperties.User user : properties.users()) {
            users.add(User.withUsername(user.username()).password(user.password())
                    .roles(user.roles().stream().map(Enum::name).toArray(String[]::new)).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
