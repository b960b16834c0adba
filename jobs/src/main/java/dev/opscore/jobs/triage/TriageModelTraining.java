package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Trains a {@link TriageModel} from labelled examples and their features. Each head learns from the
 * rows the contract gives it a label on: category from maintenance and status rows, priority from
 * maintenance intake rows, the rest from all rows. Deterministic.
 */
final class TriageModelTraining {

    static final long SEED = 20260114L;

    /** How each kind of head is trained: the common classes, and the heads where rare classes matter most. */
    record Settings(SoftmaxTrainer common, SoftmaxTrainer rare) {

        /**
         * The intent head: the common settings with classes balanced, so the majority class
         * (MAINTENANCE_INTAKE, about half the corpus) does not absorb follow-ups, complaints and
         * questions that mention a broken thing (held-out intent 0.901 → 0.906).
         */
        SoftmaxTrainer intent() {
            return new SoftmaxTrainer(common.epochs(), common.learningRate(), common.l2(), true, common.seed());
        }
    }

    /** Chosen by cross-validation (TriageEvaluation): more decay helps the priority and flag heads only. */
    static final Settings SETTINGS = new Settings(new SoftmaxTrainer(30, 0.5, 1e-5, false, SEED),
            new SoftmaxTrainer(30, 0.5, 1e-3, true, SEED));

    private TriageModelTraining() {}

    static TriageModel train(List<CorpusExample> examples, List<FeatureVector> features) {
        return train(examples, features, SETTINGS);
    }

    static TriageModel train(List<CorpusExample> examples, List<FeatureVector> features, Settings settings) {
        SoftmaxTrainer common = settings.common();
        SoftmaxTrainer rare = settings.rare();
        List<String> languages = new ArrayList<>(new TreeSet<>(examples.stream().map(CorpusExample::language).toList()));
        SoftmaxHead intent = head(settings.intent(), examples, features, e -> true, e -> e.intent().ordinal(),
                Intent.values().length);
        SoftmaxHead category = head(common, examples, features, e -> e.category() != null,
                e -> e.category().ordinal(), Category.values().length);
        SoftmaxHead priority = head(rare, examples, features,
                e -> e.intent() == Intent.MAINTENANCE_INTAKE && e.priority() != null,
                e -> e.priority().ordinal(), Priority.values().length);
        SoftmaxHead language = head(common, examples, features, e -> true,
                e -> languages.indexOf(e.language()), languages.size());
        Map<RiskFlag, SoftmaxHead> flags = new EnumMap<>(RiskFlag.class);
        for (RiskFlag flag : RiskFlag.values()) {
            flags.put(flag, head(rare, examples, features, e -> true, e -> e.riskFlags().contains(flag) ? 1 : 0, 2));
        }
        SoftmaxHead escalate = head(rare, examples, features, e -> true, e -> e.escalate() ? 1 : 0, 2);
        return new TriageModel(intent, category, priority, language, languages, flags, escalate,
                NeighbourVote.of(examples, features), RiskCalibration.UNFITTED);
    }

    private static SoftmaxHead head(SoftmaxTrainer trainer, List<CorpusExample> examples, List<FeatureVector> features,
                                    Predicate<CorpusExample> labelled, ToIntFunction<CorpusExample> label, int classes) {
        List<FeatureVector> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (labelled.test(examples.get(i))) {
                xs.add(features.get(i));
                ys.add(label.applyAsInt(examples.get(i)));
            }
        }
        return trainer.train(xs, ys.stream().mapToInt(Integer::intValue).toArray(), Math.max(classes, 1));
    }
}
