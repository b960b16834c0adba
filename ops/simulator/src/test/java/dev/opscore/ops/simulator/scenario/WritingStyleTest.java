package dev.opscore.ops.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The noise tenants add: deterministic, and the words still there to be read. */
class WritingStyleTest {

    private static final List<String> SENTENCES = List.of("the kitchen faucet keeps dripping", "it started yesterday");

    @Test
    void typosAreDrawnFromTheRandomAndChangeAFewLetters() {
        // when
        String once = Typos.inject(new Random(3), "the kitchen faucet keeps dripping all night", 2);
        String again = Typos.inject(new Random(3), "the kitchen faucet keeps dripping all night", 2);
        // then
        assertThat(once).isEqualTo(again).isNotEqualTo("the kitchen faucet keeps dripping all night");
        assertThat(Math.abs(once.length() - "the kitchen faucet keeps dripping all night".length())).isLessThanOrEqualTo(2);
    }

    @Test
    void textingShorthandReplacesWholeWordsOnly() {
        assertThat(Shorthand.apply("Please call before you come, thanks", "en")).isEqualTo("pls call b4 u come, thx");
        assertThat(Shorthand.apply("Por favor, que vengan", "es")).isEqualTo("x fa, q vengan");
        assertThat(Shorthand.apply("youth center", "en")).isEqualTo("youth center");
    }

    @Test
    void everyStyleKeepsTheMessagesWords() {
        for (TenantStyle style : TenantStyle.values()) {
            // when
            String text = style.render(new Random(5), SENTENCES, "en", true);
            // then
            assertThat(text.toLowerCase(java.util.Locale.ROOT)).as(style.name()).contains("kitchen faucet");
        }
        assertThat(TenantStyle.EMAIL.render(new Random(5), SENTENCES, "en", true)).contains("\n\n");
        assertThat(TenantStyle.ALL_CAPS.render(new Random(5), SENTENCES, "en", true)).contains("KITCHEN FAUCET");
    }

    @Test
    void spanishLosesItsAccentsTheWayPhonesTypeIt() {
        assertThat(Noise.withoutAccents("¿Está el técnico? Sí, mañana")).isEqualTo("¿Esta el tecnico? Si, manana");
    }
}
