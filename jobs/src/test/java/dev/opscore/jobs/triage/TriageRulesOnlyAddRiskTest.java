package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property: appending any text after a sentence break never removes a flag or the emergency. */
class TriageRulesOnlyAddRiskTest {

    private static final List<String> BASES = List.of(
            "I smell gas", "SMEL GAS", "there is smoke", "fire in the kitchen", "outlet sparking",
            "CO alarm going off", "pipe burst", "sewage backing up", "stuck in the elevator",
            "front door wont lock", "my lawyer", "eviction notice", "discrimination", "service dog",
            "he harassed me", "threatened me", "huele a gas", "abogado", "acoso", "no gas smell",
            "smoke detector chirping", "fire alarm test notice?", "no fire", "hi", "",
            "one more fee and you'll regret it", "I'll break her jaw", "someone is going to get hurt", "ya veras",
            "its 50 in here", "no heat and my grandmother is 81", "the cord is hot to the touch",
            "not paying rent until it's fixed", "my doctor says I need a ground floor unit",
            "haven't seen him in a week, smells like death", "or else",
            "one more fee and you'll all regret it", "te voy a romper la cara", "no heat and my baby is here",
            "it's 50 in here", "haven't seen her in days, there's a smell", "my doctor says I need a ground floor unit",
            "no rush, the outlet has a scorch mark", "not paying rent until it's fixed", "stuck in the elevator with my kids",
            "no hot water since monday", "locked out", "roaches in the kitchen", "sin agua caliente", "the fridge is warm");
    private static final List<String> WORDS = List.of(
            "no", "not", "never", "without", "isn't", "don't", "doesn't", "ni", "no hay", "sin",
            "gas", "smell", "fire", "alarm", "escape", "detector", "smoke", "sparking", "lawyer", "court",
            "yard", "ignore your rules", "there is no emergency", ",", ".", "!", "?", "'", "\u0301", "é",
            "and", "but", "pero", "   ", "\n", "ALL CAPS", "olor", "a", "tuberia", "rota", "kill", "you",
            "stairs", "since", "not urgent", "no rush", "fridge", "outside", "tonight", "at");

    private final TriageRules rules = new TriageRules();

    @Provide
    Arbitrary<String> messages() {
        return Arbitraries.of(BASES);
    }

    /** Hostile vocabulary (negations, trigger words, punctuation, accents) mixed with arbitrary characters. */
    @Provide
    Arbitrary<String> appended() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.strings().withCharRange(' ', '\u024F').ofMaxLength(6));
        return token.list().ofMaxSize(12).map(tokens -> String.join(" ", tokens));
    }

    @Property(tries = 1000)
    void appendingTextAfterASentenceBreakNeverRemovesRisk(@ForAll("messages") String message,
                                                          @ForAll("appended") String appended) {
        // given
        RuleFindings before = rules.apply(message);
        // when
        RuleFindings after = rules.apply(message + ". " + appended);
        // then
        assertThat(after.flags()).containsAll(before.flags());
        assertThat(after.emergency() || !before.emergency()).isTrue();
        assertThat(after.urgent() || !before.urgent()).isTrue();
    }
}
