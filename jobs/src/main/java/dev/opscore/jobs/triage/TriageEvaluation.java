package dev.opscore.jobs.triage;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Cross-validates the classifier on the corpus: k folds (5 unless told) drawn with a fixed seed,
 * stratified by intent; each fold is classified by a model trained on the other folds only, through
 * the same rules and decision as in production. Prints accuracy per field, per-flag precision and
 * recall, escalation recall and precision with every missed must-escalate row, and the intent
 * confusion. Options (as arguments, or space-separated in one): {@code --folds=5},
 * {@code --embedding=all-minilm-l6-v2-q|none}, {@code --errors} (also list every misclassified row).
 */
public final class TriageEvaluation {

    private TriageEvaluation() {}

    public static void main(String[] args) {
        CommandLineLogging.errorsOnly();
        Map<String, String> options = options(args);
        int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
        SentenceEmbedding embedding = SentenceEmbedding.byId(options.getOrDefault("embedding",
                SentenceEmbedding.DEFAULT.id()));
        // a command-line tool: its report is its output
        PrintStream out = System.out;
        TriageCorpus corpus = TriageCorpus.fromClasspath();
        List<CorpusExample> examples = corpus.examples();
        long start = System.nanoTime();
        TriageFeatures features = TriageFeatures.load(embedding);
        long loaded = System.nanoTime();
        List<FeatureVector> vectors = features.ofAll(examples);
        long embedded = System.nanoTime();
        String knn = options.getOrDefault("knn", "shipped");
        List<HeldOut> heldOut = "nested".equals(knn) ? crossValidateNested(examples, vectors, folds, out)
                : crossValidate(examples, vectors, folds, "none".equals(knn) ? NeighbourVote.Blend.NONE
                        : NeighbourVote.SHIPPED);
        long validated = System.nanoTime();
        out.printf("Triage cross-validation: %d examples (%s), %d folds stratified by intent, seed %d,"
                        + " embedding %s, neighbour vote %s%n", examples.size(), filesSummary(examples), folds,
                TriageModelTraining.SEED, embedding.id(), knn);
        out.printf("Embedding model loaded in %d ms; corpus embedded in %d ms (%.1f ms a message, all cores);"
                        + " %d folds trained and classified in %d ms%n%n", millis(start, loaded),
                millis(loaded, embedded), millis(loaded, embedded) / (double) Math.max(1, examples.size()), folds,
                millis(embedded, validated));
        new EvaluationReport(examples, heldOut).print(out, options.containsKey("errors"));
    }

    /** One example's answer from a model that was not trained on it. */
    record HeldOut(TriageDecision decision, ModelPrediction prediction) {
    }

    /** Every example's decision by a model that never saw its fold, with the shipped neighbour vote. */
    static List<HeldOut> crossValidate(List<CorpusExample> examples, List<FeatureVector> vectors, int folds) {
        return crossValidate(examples, vectors, folds, NeighbourVote.SHIPPED);
    }

    static List<HeldOut> crossValidate(List<CorpusExample> examples, List<FeatureVector> vectors, int folds,
                                       NeighbourVote.Blend blend) {
        int[] fold = folds(examples, folds);
        TriageRules rules = new TriageRules();
        List<HeldOut> heldOut = new ArrayList<>(Collections.nCopies(examples.size(), null));
        for (int k = 0; k < folds; k++) {
            TriageModel model = trainWithout(examples, vectors, fold, k);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == k) {
                    ModelPrediction prediction = model.predict(vectors.get(i), blend);
                    heldOut.set(i, new HeldOut(TriageDecision.of(rules.apply(examples.get(i).text()), prediction),
                            prediction));
                }
            }
        }
        return heldOut;
    }

    /**
     * As {@link #crossValidate}, but each test fold's neighbour vote (how many neighbours, what
     * weight) is the one that did best on inner folds of its training part alone: an honest
     * figure for a vote whose settings were chosen by measurement.
     */
    static List<HeldOut> crossValidateNested(List<CorpusExample> examples, List<FeatureVector> vectors, int folds,
                                             PrintStream out) {
        int[] fold = folds(examples, folds);
        TriageRules rules = new TriageRules();
        List<RuleFindings> findings = examples.stream().map(e -> rules.apply(e.text())).toList();
        List<HeldOut> heldOut = new ArrayList<>(Collections.nCopies(examples.size(), null));
        for (int k = 0; k < folds; k++) {
            List<Integer> part = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != k) {
                    part.add(i);
                }
            }
            NeighbourVote.Blend chosen = BlendSelection.choose(part, examples, vectors, findings, folds - 1);
            out.printf("fold %d: neighbour vote chosen on inner folds: %s%n", k, chosen);
            TriageModel model = trainWithout(examples, vectors, fold, k);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == k) {
                    ModelPrediction prediction = model.predict(vectors.get(i), chosen);
                    heldOut.set(i, new HeldOut(TriageDecision.of(findings.get(i), prediction), prediction));
                }
            }
        }
        out.println();
        return heldOut;
    }

    private static TriageModel trainWithout(List<CorpusExample> examples, List<FeatureVector> vectors, int[] fold,
                                            int k) {
        List<CorpusExample> trainExamples = new ArrayList<>();
        List<FeatureVector> trainVectors = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (fold[i] != k) {
                trainExamples.add(examples.get(i));
                trainVectors.add(vectors.get(i));
            }
        }
        return TriageModelTraining.train(trainExamples, trainVectors);
    }

    /** Fold of each example: shuffled within its intent with a fixed seed, then dealt round-robin. */
    static int[] folds(List<CorpusExample> examples, int folds) {
        Map<String, List<Integer>> byIntent = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byIntent.computeIfAbsent(examples.get(i).intent().name(), key -> new ArrayList<>()).add(i);
        }
        SplittableRandom random = new SplittableRandom(TriageModelTraining.SEED);
        int[] fold = new int[examples.size()];
        int dealt = 0;
        for (List<Integer> members : byIntent.values()) {
            for (int i = members.size() - 1; i > 0; i--) {
                Collections.swap(members, i, random.nextInt(i + 1));
            }
            for (int member : members) {
                fold[member] = dealt++ % folds;
            }
        }
        return fold;
    }

    private static String filesSummary(List<CorpusExample> examples) {
        Map<String, Integer> perFile = new TreeMap<>();
        examples.forEach(e -> perFile.merge(e.source().substring(0, e.source().lastIndexOf(':')), 1, Integer::sum));
        return perFile.toString().replace("{", "").replace("}", "").replace("=", " ");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (String option : String.join(" ", args).trim().split("\\s+")) {
            if (!option.isEmpty()) {
                String[] parts = option.replaceFirst("^--", "").split("=", 2);
                options.put(parts[0], parts.length > 1 ? parts[1] : "true");
            }
        }
        return options;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
