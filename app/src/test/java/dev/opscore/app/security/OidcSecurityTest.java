package dev.opscore.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.opscore.app.support.ApiClient;
import dev.opscore.app.support.ApiTestBase;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * With an OIDC issuer configured (here: its key, standing in for the issuer's JWKS), people may
 * present the issuer's JWTs; their roles come from the {@code roles} claim. The service token and
 * HTTP Basic keep working beside it.
 */
@Import(OidcSecurityTest.Issuer.class)
class OidcSecurityTest extends ApiTestBase {

    static final KeyPair ISSUER_KEYS = rsaKeys();
    static final KeyPair OTHER_KEYS = rsaKeys();

    @TestConfiguration
    static class Issuer {
        @Bean
        JwtDecoder issuerKeys() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER_KEYS.getPublic()).build();
        }
    }

    @Test
    void theIssuersTokensCarryTheirRoles() throws Exception {
        // when
        var manager = api().send("GET", "/api/agent/runs", null, bearer(token(ISSUER_KEYS, List.of("MANAGER"))));
        var service = api().send("GET", "/api/agent/runs", null, bearer(token(ISSUER_KEYS, List.of("SERVICE"))));
        var forged = api().send("GET", "/api/agent/runs", null, bearer(token(OTHER_KEYS, List.of("MANAGER"))));
        // then
        assertThat(manager.status()).isEqualTo(200);
        assertThat(service.status()).isEqualTo(403);
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void theServiceTokenAndBasicStillWork() {
        assertThat(api().post("/api/agent/cron/tick", "{}", ApiClient.Caller.SERVICE).status()).isIn(200, 202);
        assertThat(api().get("/api/agent/runs", ApiClient.Caller.MANAGER).status()).isEqualTo(200);
        assertThat(api().send("GET", "/api/agent/runs", null, "Bearer not-a-jwt").status()).isEqualTo(401);
    }

    private static String token(KeyPair keys, List<String> roles) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("pat").issuer("https://issuer.test")
                .claim("roles", roles).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
