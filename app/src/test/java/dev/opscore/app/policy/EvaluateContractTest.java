package dev.opscore.app.policy;

import static dev.opscore.app.support.ApiClient.Caller.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.app.support.ApiClient;
import dev.opscore.app.support.ApiTestBase;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * {@code ../shared/spec/policy.md}, case by case, over real HTTP: every rule, boundary, ordering
 * of reason codes, {@code notBefore} and validation error the contract names. The cases live in
 * {@code policy/evaluate-cases.json}, written from the contract's text.
 */
class EvaluateContractTest extends ApiTestBase {

    @TestFactory
    Stream<DynamicTest> evaluateFollowsTheContract() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.path("name").asString(), () -> check(c)));
    }

    private void check(JsonNode c) {
        // given
        JsonNode expect = c.path("expect");
        // when
        var response = api().post("/api/agent/policies/evaluate", c.path("request").toString(), MANAGER);
        // then
        assertThat(response.status()).as(response.text()).isEqualTo(expect.path("status").asInt());
        if (response.status() == 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().path("field").asString()).as(response.text())
                    .startsWith(expect.path("fieldPrefix").asString());
            return;
        }
        JsonNode body = response.body();
        assertThat(body.path("outcome").asString()).as(response.text()).isEqualTo(expect.path("outcome").asString());
        assertThat(texts(body.path("reasons"))).as(response.text()).containsExactlyElementsOf(texts(expect.path("reasons")));
        assertThat(body.path("escalate").asBoolean()).as(response.text()).isEqualTo(expect.path("escalate").asBoolean());
        assertThat(body.path("notBefore").isNull() ? null : body.path("notBefore").asString()).as(response.text())
                .isEqualTo(expect.path("notBefore").isNull() ? null : expect.path("notBefore").asString());
        assertThat(body.path("policyVersion").asInt()).isZero();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static List<JsonNode> cases() throws IOException {
        try (InputStream in = EvaluateContractTest.class.getResourceAsStream("/policy/evaluate-cases.json")) {
            List<JsonNode> cases = new ArrayList<>();
            ApiClient.json(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).forEach(cases::add);
            return cases;
        }
    }
}
