package dev.opscore.jobs.triage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cross-validation of the whole classifier as shipped, doubt included: for each test fold, the
 * model is trained on the other folds and its {@link RiskCalibration} is fitted on inner folds of
 * that training part alone (as the build fits the shipped one on the whole corpus), so the test
 * fold never chooses its own threshold.
 */
final class CalibratedCrossValidation {

    private CalibratedCrossValidation() {}

    static List<TriageEvaluation.HeldOut> run(List<CorpusExample> examples, List<FeatureVector> vectors, int folds) {
        int[] fold = TriageEvaluation.folds(examples, folds);
        TriageRules rules = new TriageRules();
        List<TriageEvaluation.HeldOut> heldOut = new ArrayList<>(Collections.nCopies(examples.size(), null));
        for (int k = 0; k < folds; k++) {
            List<CorpusExample> trainExamples = new ArrayList<>();
            List<FeatureVector> trainVectors = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != k) {
                    trainExamples.add(examples.get(i));
                    trainVectors.add(vectors.get(i));
                }
            }
            RiskCalibration calibration = RiskCalibrationFit.fit(trainExamples, trainVectors);
            TriageModel model = TriageModelTraining.train(trainExamples, trainVectors).withCalibration(calibration);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == k) {
                    ModelPrediction prediction = model.predict(vectors.get(i));
                    heldOut.set(i, new TriageEvaluation.HeldOut(TriageDecision.of(rules.apply(examples.get(i).text()),
                            prediction, calibration), prediction));
                }
            }
        }
        return heldOut;
    }
}
