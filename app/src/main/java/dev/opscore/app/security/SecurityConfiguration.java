package dev.opscore.app.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.List;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every {@code /api/agent/**} endpoint needs authentication: HTTP Basic for people, a bearer token
 * for services. The table below is the one place that says which role may call what.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String SERVICE = ApiRole.SERVICE.name();
    private static final String MANAGER = ApiRole.MANAGER.name();
    private static final String ADMIN = ApiRole.ADMIN.name();

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems,
                                    @Value("${opscore.bootstrap.service-token}") String serviceToken) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ServiceTokenFilter(serviceToken, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(access -> access
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(POST, "/api/agent/events", "/api/agent/cron/tick").hasRole(SERVICE)
                        .requestMatchers(POST, "/api/agent/runs").hasAnyRole(MANAGER, SERVICE)
                        .requestMatchers(GET, "/api/agent/runs", "/api/agent/runs/*").hasRole(MANAGER)
                        .requestMatchers(POST, "/api/agent/runs/*/cancel").hasRole(MANAGER)
                        .requestMatchers(POST, "/api/agent/policies/evaluate").hasAnyRole(MANAGER, ADMIN)
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
