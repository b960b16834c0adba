package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the lexical features read: a denied hazard is not the hazard's own word. */
class LexicalFeaturesTest {

    @Test
    void wordsANegationDeniesAreMarkedUpToTheEndOfTheClause() {
        // given
        String text = "No gas smell, the burner just clicks";
        // when; then
        assertThat(LexicalFeatures.negationMarked(text))
                .containsExactly("no", "¬gas", "¬smell", "the", "burner", "just", "clicks");
    }

    @Test
    void aNegationReachesThreeWordsAndStopsAtButOrAnd() {
        // given; when; then
        assertThat(LexicalFeatures.negationMarked("there is no water at all in the unit"))
                .containsExactly("there", "is", "no", "¬water", "¬at", "¬all", "in", "the", "unit");
        assertThat(LexicalFeatures.negationMarked("no sparks but the outlet is hot"))
                .containsExactly("no", "¬sparks", "but", "the", "outlet", "is", "hot");
    }

    @Test
    void politenessDeniesNothing() {
        // given; when; then
        assertThat(LexicalFeatures.negationMarked("no rush the cord is melting"))
                .containsExactly("no", "rush", "the", "cord", "is", "melting");
        assertThat(LexicalFeatures.negationMarked("sin prisa, huele a gas"))
                .containsExactly("sin", "prisa", "huele", "a", "gas");
    }

    @Test
    void theWordsThemselvesStayUnmarked() {
        // given; when; then
        assertThat(LexicalFeatures.words("No gas smell, the burner just clicks"))
                .containsExactly("no", "gas", "smell", "the", "burner", "just", "clicks");
    }
}
