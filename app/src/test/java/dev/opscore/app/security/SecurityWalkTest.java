package dev.opscore.app.security;

import static dev.opscore.app.support.ApiClient.Caller.ADMIN;
import static dev.opscore.app.support.ApiClient.Caller.ANONYMOUS;
import static dev.opscore.app.support.ApiClient.Caller.GOVERNOR;
import static dev.opscore.app.support.ApiClient.Caller.MANAGER;
import static dev.opscore.app.support.ApiClient.Caller.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiClient.Caller;
import dev.opscore.app.support.ApiTestBase;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application maps under /api/agent: without credentials each answers
 * 401, with a role it does not grant 403, with one it grants neither.
 */
class SecurityWalkTest extends ApiTestBase {

    /** Who may call what; an endpoint mapped but missing here fails the walk. */
    private static final Map<String, Set<Caller>> ALLOWED = Map.ofEntries(
            Map.entry("POST /api/agent/events", EnumSet.of(SERVICE)),
            Map.entry("POST /api/agent/cron/tick", EnumSet.of(SERVICE)),
            Map.entry("POST /api/agent/runs", EnumSet.of(SERVICE, MANAGER, ADMIN)),
            Map.entry("GET /api/agent/runs", EnumSet.of(MANAGER, ADMIN)),
            Map.entry("GET /api/agent/runs/{id}", EnumSet.of(MANAGER, ADMIN)),
            Map.entry("GET /api/agent/runs/{id}/replay", EnumSet.of(MANAGER, ADMIN)),
            Map.entry("POST /api/agent/runs/{id}/cancel", EnumSet.of(MANAGER, ADMIN)),
            Map.entry("GET /api/agent/exceptions", EnumSet.of(MANAGER, ADMIN)),
            Map.entry("PATCH /api/agent/exceptions/{id}", EnumSet.of(MANAGER, ADMIN)),
            Map.entry("POST /api/agent/exceptions/{id}/decision", EnumSet.of(MANAGER, ADMIN)),
            Map.entry("GET /api/agent/kpis", EnumSet.of(MANAGER, ADMIN)),
            Map.entry("GET /api/agent/policies", EnumSet.of(GOVERNOR, ADMIN)),
            Map.entry("POST /api/agent/policies", EnumSet.of(GOVERNOR, ADMIN)),
            Map.entry("POST /api/agent/policies/evaluate", EnumSet.of(MANAGER, GOVERNOR, ADMIN)),
            Map.entry("POST /api/agent/triage", EnumSet.of(MANAGER, GOVERNOR, ADMIN)),
            Map.entry("GET /api/agent/kill-switch", EnumSet.of(GOVERNOR, ADMIN)),
            Map.entry("PUT /api/agent/kill-switch", EnumSet.of(GOVERNOR, ADMIN)),
            Map.entry("GET /api/agent/audit/verify", EnumSet.of(GOVERNOR, ADMIN)));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedEndpointIsInTheAccessTable() {
        // given
        Set<String> mapped = mappedApiEndpoints();
        // then
        assertThat(mapped).isNotEmpty().containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void withoutCredentialsEveryEndpointAnswers401() {
        SoftAssertions softly = new SoftAssertions();
        for (String endpoint : mappedApiEndpoints()) {
            // when
            var response = call(endpoint, ANONYMOUS);
            // then
            softly.assertThat(response.status()).as(endpoint).isEqualTo(401);
            softly.assertThat(response.contentType()).as(endpoint).startsWith("application/problem+json");
        }
        softly.assertAll();
    }

    @Test
    void wrongRolesAnswer403AndGrantedRolesGetThrough() {
        SoftAssertions softly = new SoftAssertions();
        for (String endpoint : mappedApiEndpoints()) {
            for (Caller caller : EnumSet.complementOf(EnumSet.of(ANONYMOUS))) {
                // when
                int status = call(endpoint, caller).status();
                // then
                if (ALLOWED.getOrDefault(endpoint, Set.of()).contains(caller)) {
                    softly.assertThat(status).as(endpoint + " as " + caller).isNotIn(401, 403);
                } else {
                    softly.assertThat(status).as(endpoint + " as " + caller).isEqualTo(403);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void aWrongTokenOrPasswordIs401() {
        // when
        var wrongToken = api().send("POST", "/api/agent/events", "{}", "Bearer not-the-token");
        var wrongPassword = api().send("GET", "/api/agent/runs", null, "Basic " + java.util.Base64.getEncoder()
                .encodeToString("admin:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // then
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void healthAnswersWithoutCredentialsButDetailsOnlyToAdmins() {
        // when
        var anonymous = api().get("/actuator/health", ANONYMOUS);
        var admin = api().get("/actuator/health", GOVERNOR);
        var prometheus = api().get("/actuator/prometheus", ANONYMOUS);
        // then
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().has("components")).isFalse();
        assertThat(admin.body().path("components").has("db")).isTrue();
        assertThat(admin.body().path("components").has("JobRunr")).isTrue();
        assertThat(prometheus.status()).isEqualTo(401);
    }

    private dev.opscore.app.support.ApiClient.Response call(String endpoint, Caller caller) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{id}", "00000000-0000-0000-0000-000000000000");
        // an empty object: the walk is about who gets in, not about valid bodies
        Object body = parts[0].equals("GET") ? null : "{}";
        return api().send(parts[0], path, body, caller);
    }

    private Set<String> mappedApiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/agent"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        return endpoints;
    }
}
