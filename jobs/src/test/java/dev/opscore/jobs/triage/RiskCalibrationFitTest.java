package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The doubt threshold is fitted on the heads' out-of-fold judgement, never on the rules written from the corpus. */
class RiskCalibrationFitTest {

    private static final TriageCorpus CORPUS = TriageCorpus.fromClasspath();

    @Test
    void whatTheRulesWouldCatchDoesNotChangeWhatDoubtIsFittedOn() {
        // given every eighth line of the corpus with lexical features, and the same slice whose texts every rule set would catch
        List<CorpusExample> examples = java.util.stream.IntStream.range(0, CORPUS.examples().size()).filter(i -> i % 8 == 0)
                .mapToObj(CORPUS.examples()::get).toList();
        List<FeatureVector> vectors = examples.stream()
                .map(e -> new FeatureVector(new float[0], LexicalFeatures.extract(e.text(), e.channel()))).toList();
        List<CorpusExample> caughtByRules = examples.stream().map(e -> new CorpusExample(e.source(),
                "I smell gas in the kitchen and my lawyer says you discriminate", e.channel(), e.intent(), e.category(),
                e.priority(), e.riskFlags(), e.language(), e.family(), e.style(), e.receivedAt(), e.timezone())).toList();
        assertThat(new TriageRules().apply(caughtByRules.get(0).text()).escalate()).isTrue();
        // when
        List<RiskCalibration.Scored> fitted = RiskCalibrationFit.outOfFold(examples, vectors);
        List<RiskCalibration.Scored> fittedWithRulesEverywhere = RiskCalibrationFit.outOfFold(caughtByRules, vectors);
        // then the heads alone decide which examples doubt must cover, so some remain for it to cover,
        // while what production escalates (and so the precision doubt may spend) includes the rules
        assertThat(fittedWithRulesEverywhere).extracting(RiskCalibration.Scored::escalatedByHeads)
                .isEqualTo(fitted.stream().map(RiskCalibration.Scored::escalatedByHeads).toList());
        assertThat(fittedWithRulesEverywhere).extracting(RiskCalibration.Scored::raw)
                .isEqualTo(fitted.stream().map(RiskCalibration.Scored::raw).toList());
        assertThat(fitted).anySatisfy(s -> assertThat(s.mustEscalate() && !s.escalatedByHeads()).isTrue());
        assertThat(fittedWithRulesEverywhere).allSatisfy(s -> assertThat(s.escalatedInProduction()).isTrue());
    }
}
