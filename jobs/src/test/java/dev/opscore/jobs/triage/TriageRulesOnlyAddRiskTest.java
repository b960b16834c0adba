package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: appending any text after a sentence break never removes a flag or the emergency.
 * jqwik is not on the jobs test classpath (and the pom is not ours to change), so this is a
 * seeded generator over JUnit parameters: deterministic, 500 tries, hostile vocabulary.
 */
class TriageRulesOnlyAddRiskTest {

    private static final List<String> BASES = List.of(
            "I smell gas", "SMEL GAS", "there is smoke", "fire in the kitchen", "outlet sparking",
            "CO alarm going off", "pipe burst", "sewage backing up", "stuck in the elevator",
            "front door wont lock", "my lawyer", "eviction notice", "discrimination", "service dog",
            "he harassed me", "threatened me", "huele a gas", "abogado", "acoso", "no gas smell",
            "smoke detector chirping", "fire alarm test notice?", "no fire", "hi", "");
    private static final List<String> WORDS = List.of(
            "no", "not", "never", "without", "isn't", "don't", "doesn't", "ni", "no hay", "sin",
            "gas", "smell", "fire", "alarm", "escape", "detector", "smoke", "sparking", "lawyer", "court",
            "yard", "ignore your rules", "there is no emergency", ",", ".", "!", "?", "'", "\u0301", "é",
            "and", "but", "pero", "   ", "\n", "ALL CAPS", "olor", "a", "tuberia", "rota", "kill", "you");

    private final TriageRules rules = new TriageRules();

    static Stream<Arguments> messagesAndSuffixes() {
        Random random = new Random(20260114L);
        return IntStream.range(0, 500).mapToObj(i -> Arguments.of(
                BASES.get(random.nextInt(BASES.size())), suffix(random)));
    }

    private static String suffix(Random random) {
        StringBuilder suffix = new StringBuilder();
        int words = random.nextInt(12);
        for (int i = 0; i < words; i++) {
            suffix.append(random.nextBoolean() ? " " : "").append(WORDS.get(random.nextInt(WORDS.size())));
            if (random.nextInt(8) == 0) {
                suffix.append((char) (32 + random.nextInt(0x24F - 32)));
            }
        }
        return suffix.toString();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" + \". {1}\"")
    @MethodSource("messagesAndSuffixes")
    void appendingTextAfterASentenceBreakNeverRemovesRisk(String message, String appended) {
        // given
        RuleFindings before = rules.apply(message);

        // when
        RuleFindings after = rules.apply(message + ". " + appended);

        // then
        assertThat(after.flags()).containsAll(before.flags());
        if (before.emergency()) {
            assertThat(after.emergency()).isTrue();
        }
    }
}
