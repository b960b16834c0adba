package dev.opscore.ops.sandbox.contract;

import dev.opscore.db.testing.TestDatabase;
import dev.opscore.ops.sandbox.SandboxTestApplication;
import dev.opscore.ops.sandbox.support.SandboxClient;
import dev.opscore.tools.pms.PmsApis;
import dev.opscore.tools.pms.PmsContractSuite;
import dev.opscore.tools.pms.client.PmsCredential;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The contract suite of {@code tools} through the real Feign clients against the sandbox, on a
 * freshly reset demo world (the other tests of this module fill vendors' capacity and move the
 * clock; the suite expects the seeded state, and no faults).
 */
@SpringBootTest(classes = SandboxTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "opscore.bootstrap.service-token=" + SandboxClient.TOKEN,
                "opscore.bootstrap.admin-password=" + SandboxClient.ADMIN_PASSWORD,
                "opscore.sandbox.webhooks-enabled=false",
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxContractTest extends PmsContractSuite {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
    }

    @BeforeAll
    void freshWorld() {
        SandboxClient admin = new SandboxClient(baseUrl()).asAdmin();
        admin.admin("DELETE", "/sandbox/faults", null);
        var reset = admin.admin("POST", "/sandbox/reset", Map.of("seed", 7));
        if (reset.status() != 200) {
            throw new IllegalStateException("reset failed: " + reset.text());
        }
    }

    @Override
    protected PmsApis pms() {
        return clientsFor(baseUrl(), PmsCredential.bearer(SandboxClient.TOKEN));
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
