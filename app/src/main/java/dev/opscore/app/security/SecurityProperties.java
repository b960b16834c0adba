package dev.opscore.app.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings under {@code opscore.security}: users beyond the bootstrap admin, each with a
 * password in Spring Security's encoded form (e.g. {@code {bcrypt}$2a$...}), and the JWT claim that
 * carries a person's roles when an OIDC issuer is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 */
@ConfigurationProperties("opscore.security")
record SecurityProperties(@DefaultValue List<User> users, @DefaultValue("roles") String oidcRolesClaim) {

    record User(String username, String password, Set<ApiRole> roles) {
    }
}
