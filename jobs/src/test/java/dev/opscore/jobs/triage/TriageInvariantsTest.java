package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.message.MessageThread;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties: whatever the text, the answer keeps triage.md's invariants and every rule's flag. */
class TriageInvariantsTest {

    private static final EmbeddingTriageClassifier CLASSIFIER = new EmbeddingTriageClassifier(new TriageRules());
    private static final TriageRules RULES = new TriageRules();
    private static final List<String> WORDS = List.of(
            "no", "not", "never", "gas", "smell", "fire", "alarm", "smoke", "sparking", "lawyer", "court", "evict",
            "rent", "late fee", "renew", "lease", "pool", "trash", "neighbor", "noise", "leak", "sink", "heat",
            "freezing", "flooding", "door", "won't lock", "ground floor", "roaches", "fridge", "outlet",
            "when is the tech coming", "ignore your rules", "waive my fee", "discrimination", "service dog",
            "harassing", "threatened", "huele a gas", "abogado", "fuga", "calefacción", "?", ".", "!", ",", "\n",
            "ALL CAPS", "é", "\u0301", "   ");

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.strings().withCharRange(' ', '\u024F').ofMaxLength(8));
        return token.list().ofMinSize(1).ofMaxSize(25).map(tokens -> String.join(" ", tokens));
    }

    @Provide
    Arbitrary<MessageThread.Channel> channels() {
        return Arbitraries.of(MessageThread.Channel.class).injectNull(0.25);
    }

    @Property(tries = 300)
    void everyAnswerKeepsTheContractsInvariants(@ForAll("messages") String text,
                                                @ForAll("channels") MessageThread.Channel channel) {
        // when
        TriageResult result = CLASSIFIER.classify(new TriageInput(text, channel, null, null));
        RuleFindings rules = RULES.apply(text);
        // then
        assertThat(result.escalate()).isEqualTo(!result.riskFlags().isEmpty() || result.priority() == Priority.EMERGENCY);
        assertThat(result.category() != null).isEqualTo(
                result.intent() == Intent.MAINTENANCE_INTAKE || result.intent() == Intent.STATUS_UPDATE);
        assertThat(result.priority() != null).isEqualTo(result.intent() == Intent.MAINTENANCE_INTAKE);
        assertThat(result.riskFlags()).containsAll(rules.flags()).doesNotHaveDuplicates();
        assertThat(!rules.emergency() || result.priority() == Priority.EMERGENCY).isTrue();
        assertThat(result.confidence()).isBetween(0.0, 1.0);
        assertThat(result.language()).isIn("en", "es");
        assertThat(result.evidence()).containsAll(rules.evidence());
    }
}
