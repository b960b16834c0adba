package dev.opscore.jobs.triage;

import java.util.ArrayList;
import java.util.List;

/** The examples (and their features) a fold's model trains on: every example outside that fold. */
record TrainingPart(List<CorpusExample> examples, List<FeatureVector> vectors) {

    static TrainingPart without(List<CorpusExample> examples, List<FeatureVector> vectors, int[] fold, int k) {
        List<CorpusExample> trainExamples = new ArrayList<>();
        List<FeatureVector> trainVectors = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (fold[i] != k) {
                trainExamples.add(examples.get(i));
                trainVectors.add(vectors.get(i));
            }
        }
        return new TrainingPart(trainExamples, trainVectors);
    }
}
