package dev.opscore.jobs.triage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fits the {@link RiskCalibration} of a model on out-of-fold scores: every corpus example scored
 * by a model trained without its fold (grouped by family, so a paraphrase never scores its own
 * original).
 *
 * <p>Recall is judged on the heads alone, without the rules. The rules were written from this very
 * corpus, so with them every fold is in-sample and escalation recall reads 0.999: the fitted
 * threshold then went to 1 and doubt never fired, on exactly the unseen wording it exists for.
 * Judging recall on the heads asks doubt to cover what a rule written from other text would miss;
 * precision is judged on what production escalates (rules and heads), what a manager receives.
 */
final class RiskCalibrationFit {

    static final int FOLDS = 5;

    private RiskCalibrationFit() {}

    static RiskCalibration fit(List<CorpusExample> examples, List<FeatureVector> vectors) {
        return RiskCalibration.fit(outOfFold(examples, vectors), RiskCalibration.TARGET_RECALL);
    }

    /** Each example's gold label, whether the heads and production escalate it without doubt, and its raw risk. */
    static List<RiskCalibration.Scored> outOfFold(List<CorpusExample> examples, List<FeatureVector> vectors) {
        int[] fold = CorpusFolds.GROUPED.assign(examples, FOLDS);
        TriageRules rules = new TriageRules();
        List<RiskCalibration.Scored> scored = new ArrayList<>(Collections.nCopies(examples.size(), null));
        for (int k = 0; k < FOLDS; k++) {
            TrainingPart part = TrainingPart.without(examples, vectors, fold, k);
            TriageModel model = TriageModelTraining.train(part.examples(), part.vectors());
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == k) {
                    ModelPrediction prediction = model.predict(vectors.get(i));
                    boolean byHeads = TriageDecision.of(RuleFindings.NONE, prediction).escalate();
                    boolean inProduction = TriageDecision.of(rules.apply(examples.get(i).text()), prediction).escalate();
                    scored.set(i, new RiskCalibration.Scored(examples.get(i).escalate(), byHeads, prediction.risk(), inProduction));
                }
            }
        }
        return scored;
    }
}
