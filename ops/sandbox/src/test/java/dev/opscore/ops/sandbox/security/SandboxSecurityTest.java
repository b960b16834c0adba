package dev.opscore.ops.sandbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.sandbox.support.SandboxClient;
import dev.opscore.ops.sandbox.support.SandboxTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SandboxSecurityTest extends SandboxTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"/api/properties", "/api/workorders", "/api/vendors", "/api/tenants/ten-1-01-1",
            "/api/messages/threads", "/api/compliance", "/api/pm-schedules", "/api/inspections", "/api/leases",
            "/api/applications", "/api/notifications", "/sandbox/clock", "/sandbox/faults"})
    void withoutCredentialsEveryPathIs401ProblemJson(String path) {
        // when
        var response = client().anonymous().get(path);
        // then
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("Bearer").contains("Basic");
    }

    @Test
    void aWriteWithoutCredentialsIs401BeforeAnythingElse() {
        // when
        var response = client().anonymous().post("/api/workorders", null, "{}");
        // then
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void theWrongTokenOrPasswordOrUserIs401() {
        // when
        var wrongToken = client().as("Bearer not-the-token").get("/api/properties");
        var wrongPassword = client().as(SandboxClient.basic("admin", "wrong")).get("/api/properties");
        var wrongUser = client().as(SandboxClient.basic("manager", SandboxClient.ADMIN_PASSWORD)).get("/api/properties");
        var garbage = client().as("Basic %%%").get("/api/properties");
        // then
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongUser.status()).isEqualTo(401);
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(wrongToken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theTokenAndTheAdminGetThrough() {
        // when
        var token = client().get("/api/properties");
        var admin = client().asAdmin().get("/api/properties");
        var adminOnSandbox = client().asAdmin().get("/sandbox/clock");
        var tokenOnSandbox = client().get("/sandbox/clock");
        // then
        assertThat(token.status()).isEqualTo(200);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(adminOnSandbox.status()).isEqualTo(200);
        assertThat(tokenOnSandbox.status()).isEqualTo(200);
        assertThat(token.text()).isEqualTo(admin.text());
    }
}
