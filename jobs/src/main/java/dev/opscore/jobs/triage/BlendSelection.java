package dev.opscore.jobs.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a {@link NeighbourVote.Blend} by cross-validation inside a training part only: the
 * part is split into inner folds (dealt as the outer ones, {@link CorpusFolds}), each inner fold is
 * answered by heads and a vote trained on the others, and the blend with the most correct intents
 * plus categories wins (ties: the smaller weight, then fewer neighbours). Used by {@link TriageEvaluation}'s nested evaluation.
 */
final class BlendSelection {

    static final int[] NEIGHBOURS = {5, 10, 20, 40};
    static final double[] WEIGHTS = {0, 0.15, 0.25, 0.35, 0.5, 0.65};

    private BlendSelection() {}

    static NeighbourVote.Blend choose(List<Integer> part, List<CorpusExample> examples, List<FeatureVector> vectors,
                                      List<RuleFindings> findings, int innerFolds, CorpusFolds split) {
        List<CorpusExample> partExamples = part.stream().map(examples::get).toList();
        int[] inner = split.assign(partExamples, innerFolds);
        int[][] score = new int[NEIGHBOURS.length][WEIGHTS.length];
        for (int j = 0; j < innerFolds; j++) {
            List<CorpusExample> trainExamples = new ArrayList<>();
            List<FeatureVector> trainVectors = new ArrayList<>();
            for (int p = 0; p < part.size(); p++) {
                if (inner[p] != j) {
                    trainExamples.add(examples.get(part.get(p)));
                    trainVectors.add(vectors.get(part.get(p)));
                }
            }
            TriageModel model = TriageModelTraining.train(trainExamples, trainVectors);
            for (int p = 0; p < part.size(); p++) {
                if (inner[p] == j) {
                    score(model, examples.get(part.get(p)), vectors.get(part.get(p)), findings.get(part.get(p)), score);
                }
            }
        }
        NeighbourVote.Blend best = NeighbourVote.Blend.NONE;
        int bestScore = -1;
        for (int w = 0; w < WEIGHTS.length; w++) {
            for (int n = 0; n < NEIGHBOURS.length; n++) {
                if (score[n][w] > bestScore) {
                    bestScore = score[n][w];
                    best = new NeighbourVote.Blend(NEIGHBOURS[n], WEIGHTS[w]);
                }
            }
        }
        return best;
    }

    private static void score(TriageModel model, CorpusExample example, FeatureVector x, RuleFindings findings,
                              int[][] score) {
        ModelPrediction heads = model.heads(x);
        double[] similarities = model.neighbours().similarities(x.dense());
        for (int n = 0; n < NEIGHBOURS.length; n++) {
            double[] intentVote = model.neighbours().intentVote(similarities, NEIGHBOURS[n]);
            double[] categoryVote = model.neighbours().categoryVote(similarities, NEIGHBOURS[n]);
            for (int w = 0; w < WEIGHTS.length; w++) {
                ModelPrediction blended = new ModelPrediction(
                        NeighbourVote.blend(heads.intent(), intentVote, WEIGHTS[w]),
                        NeighbourVote.blend(heads.category(), categoryVote, WEIGHTS[w]),
                        heads.priority(), heads.language(), heads.flags(), heads.risk());
                TriageDecision decision = TriageDecision.of(findings, blended);
                score[n][w] += (decision.intent() == example.intent() ? 1 : 0)
                        + (example.category() != null && decision.category() == example.category() ? 1 : 0);
            }
        }
    }
}
