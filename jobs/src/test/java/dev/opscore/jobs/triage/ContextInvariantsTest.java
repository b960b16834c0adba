package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.jobs.triage.TriageInput.TriageContext;
import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties: context (season, thread) only adds risk and keeps triage.md's invariants. */
class ContextInvariantsTest {

    private static final EmbeddingTriageClassifier CLASSIFIER = new EmbeddingTriageClassifier(new TriageRules());
    private static final List<String> WORDS = List.of(
            "no", "not", "heat", "heat?", "is the heat coming back", "the heat is out", "AC", "not working",
            "a/c is out", "no ac", "calefacción?", "sin aire", "any news?", "still", "sink", "leak", "rent", "lawyer",
            "gas", "freezing", "thanks", "fridge", "roaches", "?", ".", ",");
    private static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "Europe/London", "America/Phoenix", "Asia/Tokyo");

    @Provide
    Arbitrary<String> messages() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(10).map(tokens -> String.join(" ", tokens));
    }

    @Provide
    Arbitrary<TriageInput> contexts() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of).injectNull(0.2);
        Arbitrary<Category> orders = Arbitraries.of(Category.class).injectNull(0.3);
        Arbitrary<OffsetDateTime> times = Arbitraries.integers().between(1, 12)
                .map(month -> OffsetDateTime.of(2026, month, 15, 12, 0, 0, 0, ZoneOffset.UTC)).injectNull(0.1);
        return Combinators.combine(zones, orders, times)
                .as((zone, order, time) -> new TriageInput("", null, time, null, new TriageContext(zone, order)));
    }

    @Property(tries = 200)
    void contextNeverRemovesRiskAndKeepsTheInvariants(@ForAll("messages") String text,
                                                      @ForAll("contexts") TriageInput shape) {
        // given
        TriageResult alone = CLASSIFIER.classify(TriageInput.of(text));
        // when
        TriageResult result = CLASSIFIER.classify(new TriageInput(text, null, shape.receivedAt(), null, shape.context()));
        // then
        assertThat(result.riskFlags()).containsAll(alone.riskFlags());
        assertThat(!alone.escalate() || result.escalate()).isTrue();
        if (alone.intent() == Intent.MAINTENANCE_INTAKE) {
            assertThat(result.intent()).isEqualTo(Intent.MAINTENANCE_INTAKE);
            assertThat(result.priority().compareTo(alone.priority())).isLessThanOrEqualTo(0);
        }
        assertThat(result.escalate()).isEqualTo(!result.riskFlags().isEmpty() || result.priority() == Priority.EMERGENCY);
        assertThat(result.category() != null).isEqualTo(TriageDecision.carriesCategory(result.intent()));
        assertThat(result.priority() != null).isEqualTo(result.intent() == Intent.MAINTENANCE_INTAKE);
        assertThat(result.evidence()).containsAll(new TriageRules().apply(text).evidence());
    }
}
