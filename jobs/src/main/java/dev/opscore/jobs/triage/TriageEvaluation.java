package dev.opscore.jobs.triage;

import dev.opscore.tools.pms.message.MessageThread;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the classifier, through the same rules and decision as in production. Two modes:
 * <ul>
 *   <li>cross-validation on the corpus (the default): k folds (5 unless told), each classified by
 *       a model trained on the other folds only. Folds keep {@link CorpusFolds#GROUPED families}
 *       whole, so no paraphrase, translation or near-identical twin of a test line is trained on;
 *       {@code --split=stratified} deals line by line instead (the figure before families);</li>
 *   <li>{@code --holdout=<path>}: one model trained on the whole corpus (as shipped) classifies a
 *       jsonl file outside the classpath (the corpus's schema, plus optional {@code style},
 *       {@code receivedAt}, {@code timezone}).</li>
 * </ul>
 * Prints {@link EvaluationReport}. Other options (as arguments, or space-separated in one):
 * {@code --folds=5}, {@code --knn=shipped|none|nested}, {@code --embedding=all-minilm-l6-v2-q|none},
 * {@code --errors} (also list every misclassified row), {@code --sealed} (no row at all: figures and
 * confusion tables only, for an evaluation set nobody on the team may read).
 */
public final class TriageEvaluation {

    private TriageEvaluation() {}

    /**
     * Whether evaluated models carry the doubt layer ({@code --doubt=calibrated}, the default: each
     * model's {@link RiskCalibration} fitted on grouped folds of its own training data only, as the
     * build fits the shipped one) or not ({@code --doubt=none}: the rules and heads alone).
     */
    enum Doubt {
        CALIBRATED, NONE;

        /** A model as the build makes one: the heads, and the doubt threshold fitted on the same data's grouped folds. */
        TriageModel train(List<CorpusExample> examples, List<FeatureVector> vectors) {
            TriageModel model = TriageModelTraining.train(examples, vectors);
            return model.withCalibration(this == CALIBRATED ? RiskCalibrationFit.fit(examples, vectors) : RiskCalibration.NONE);
        }
    }

    public static void main(String[] args) {
        CommandLineLogging.errorsOnly();
        Map<String, String> options = options(args);
        int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
        CorpusFolds split = CorpusFolds.byName(options.getOrDefault("split", "grouped"));
        SentenceEmbedding embedding = SentenceEmbedding.byId(options.getOrDefault("embedding",
                SentenceEmbedding.DEFAULT.id()));
        String knn = options.getOrDefault("knn", "shipped");
        Doubt doubt = "none".equals(options.getOrDefault("doubt", "calibrated")) ? Doubt.NONE : Doubt.CALIBRATED;
        // a command-line tool: its report is its output
        PrintStream out = System.out;
        List<CorpusExample> corpus = TriageCorpus.fromClasspath().examples();
        long start = System.nanoTime();
        TriageFeatures features = TriageFeatures.load(embedding);
        long loaded = System.nanoTime();
        List<FeatureVector> vectors = features.ofAll(corpus);
        long embedded = System.nanoTime();
        if (options.containsKey("holdout")) {
            Path file = Path.of(options.get("holdout"));
            List<CorpusExample> examples = TriageCorpus.readFile(file);
            List<HeldOut> heldOut = evaluateHoldout(corpus, vectors, examples, features.ofAll(examples), doubt,
                    "none".equals(knn) ? NeighbourVote.Blend.NONE : NeighbourVote.SHIPPED);
            long validated = System.nanoTime();
            out.printf("Triage holdout evaluation: %d examples of %s (%s), model trained on the whole corpus of %d"
                            + " (%s), seed %d, embedding %s, neighbour vote %s%n", examples.size(), file,
                    familySummary(examples), corpus.size(), filesSummary(corpus), TriageModelTraining.SEED,
                    embedding.id(), knn);
            out.printf("Embedding model loaded in %d ms; corpus embedded in %d ms; trained and classified in %d ms%n%n",
                    millis(start, loaded), millis(loaded, embedded), millis(embedded, validated));
            new EvaluationReport(examples, heldOut).print(out, rowsShown(options));
            return;
        }
        List<HeldOut> heldOut = "nested".equals(knn) ? crossValidateNested(corpus, vectors, folds, split, doubt, out)
                : crossValidate(corpus, vectors, folds, split, doubt, "none".equals(knn) ? NeighbourVote.Blend.NONE
                        : NeighbourVote.SHIPPED);
        long validated = System.nanoTime();
        out.printf("Triage cross-validation: %d examples (%s), %d folds %s, seed %d, embedding %s,"
                        + " neighbour vote %s%n", corpus.size(), filesSummary(corpus), folds, describe(split, corpus),
                TriageModelTraining.SEED, embedding.id(), knn);
        out.printf("Embedding model loaded in %d ms; corpus embedded in %d ms (%.1f ms a message, all cores);"
                        + " %d folds trained and classified in %d ms%n%n", millis(start, loaded),
                millis(loaded, embedded), millis(loaded, embedded) / (double) Math.max(1, corpus.size()), folds,
                millis(embedded, validated));
        new EvaluationReport(corpus, heldOut).print(out, rowsShown(options));
    }

    /** One example's answer from a model that was not trained on it. */
    record HeldOut(TriageDecision decision, ModelPrediction prediction) {
    }

    /**
     * What the classifier is asked about one evaluated example: its text, channel and arrival
     * context, as production's {@link TriageInput} would carry them.
     *
     * @param receivedAt when it arrived, or null
     * @param timezone the property's IANA zone, or null
     */
    record Request(String text, MessageThread.Channel channel, OffsetDateTime receivedAt, String timezone) {

        static Request of(CorpusExample example) {
            return new Request(example.text(), example.channel(), example.receivedAt(), example.timezone());
        }
    }

    /**
     * The one place every evaluated example (cross-validation and holdout) is classified: the
     * request built from the example, the rules on its text, the model on its features. Arrival
     * context ({@link Request#receivedAt()}, {@link Request#timezone()}) goes through the same
     * {@link ContextAdjustment} and doubt as in {@link EmbeddingTriageClassifier}.
     *
     * @param features the example's features ({@link TriageFeatures#of} of its text and channel),
     *                 computed once for all folds
     */
    static HeldOut classify(TriageRules rules, TriageModel model, NeighbourVote.Blend blend, CorpusExample example,
                            FeatureVector features) {
        Request request = Request.of(example);
        ModelPrediction prediction = model.predict(features, blend);
        TriageInput input = new TriageInput(request.text(), request.channel(), request.receivedAt(), null,
                new TriageInput.TriageContext(TriageInput.TriageContext.zoneOrNull(request.timezone()), null));
        TriageDecision decision = ContextAdjustment.of(TriageDecision.of(rules.apply(request.text()), prediction),
                TextNormaliser.normalise(request.text()), input).decision();
        return new HeldOut(decision.doubted(prediction, model.calibration()), prediction);
    }

    /** Every holdout example's decision by one model trained on the whole corpus. */
    static List<HeldOut> evaluateHoldout(List<CorpusExample> corpus, List<FeatureVector> corpusVectors,
                                         List<CorpusExample> examples, List<FeatureVector> vectors, Doubt doubt,
                                         NeighbourVote.Blend blend) {
        TriageModel model = doubt.train(corpus, corpusVectors);
        TriageRules rules = new TriageRules();
        List<HeldOut> heldOut = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            heldOut.add(classify(rules, model, blend, examples.get(i), vectors.get(i)));
        }
        return heldOut;
    }

    /** Every example's decision by a model that never saw its fold, with the shipped neighbour vote. */
    static List<HeldOut> crossValidate(List<CorpusExample> examples, List<FeatureVector> vectors, int folds) {
        return crossValidate(examples, vectors, folds, CorpusFolds.GROUPED, Doubt.CALIBRATED, NeighbourVote.SHIPPED);
    }

    static List<HeldOut> crossValidate(List<CorpusExample> examples, List<FeatureVector> vectors, int folds,
                                       CorpusFolds split, Doubt doubt, NeighbourVote.Blend blend) {
        int[] fold = split.assign(examples, folds);
        TriageRules rules = new TriageRules();
        List<HeldOut> heldOut = new ArrayList<>(Collections.nCopies(examples.size(), null));
        for (int k = 0; k < folds; k++) {
            TriageModel model = trainWithout(examples, vectors, fold, k, doubt);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == k) {
                    heldOut.set(i, classify(rules, model, blend, examples.get(i), vectors.get(i)));
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
                                             CorpusFolds split, Doubt doubt, PrintStream out) {
        int[] fold = split.assign(examples, folds);
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
            NeighbourVote.Blend chosen = BlendSelection.choose(part, examples, vectors, findings, folds - 1, split);
            out.printf("fold %d: neighbour vote chosen on inner folds: %s%n", k, chosen);
            TriageModel model = trainWithout(examples, vectors, fold, k, doubt);
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == k) {
                    heldOut.set(i, classify(rules, model, chosen, examples.get(i), vectors.get(i)));
                }
            }
        }
        out.println();
        return heldOut;
    }

    private static TriageModel trainWithout(List<CorpusExample> examples, List<FeatureVector> vectors, int[] fold,
                                            int k, Doubt doubt) {
        TrainingPart part = TrainingPart.without(examples, vectors, fold, k);
        return doubt.train(part.examples(), part.vectors());
    }


    private static String describe(CorpusFolds split, List<CorpusExample> examples) {
        return split == CorpusFolds.GROUPED ? "grouped by family (" + familySummary(examples) + ")"
                : "stratified by intent, line by line";
    }

    private static String familySummary(List<CorpusExample> examples) {
        List<CorpusFolds.Family> families = CorpusFolds.families(examples);
        int largest = families.stream().mapToInt(family -> family.members().size()).max().orElse(0);
        long single = families.stream().filter(family -> family.members().size() == 1).count();
        return String.format("%d families, %d of one line, largest %d", families.size(), single, largest);
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

    private static EvaluationReport.Rows rowsShown(Map<String, String> options) {
        return options.containsKey("sealed") ? EvaluationReport.Rows.SEALED
                : options.containsKey("errors") ? EvaluationReport.Rows.ERRORS : EvaluationReport.Rows.MISSED;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
