package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.RiskFlag;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained heads: intent, maintenance category, priority, language, one yes/no head per
 * risk flag, and one yes/no head for "a person must own this" (any flag or an EMERGENCY) with its
 * {@link RiskCalibration}. Immutable and thread-safe.
 */
final class TriageModel {

    private static final int EVIDENCE_SPANS = 3;

    private final SoftmaxHead intent;
    private final SoftmaxHead category;
    private final SoftmaxHead priority;
    private final SoftmaxHead language;
    private final List<String> languages;
    private final Map<RiskFlag, SoftmaxHead> flags;
    private final SoftmaxHead escalate;
    private final NeighbourVote neighbours;
    private final RiskCalibration calibration;

    TriageModel(SoftmaxHead intent, SoftmaxHead category, SoftmaxHead priority, SoftmaxHead language,
                List<String> languages, Map<RiskFlag, SoftmaxHead> flags, SoftmaxHead escalate,
                NeighbourVote neighbours, RiskCalibration calibration) {
        this.intent = intent;
        this.category = category;
        this.priority = priority;
        this.language = language;
        this.languages = List.copyOf(languages);
        this.flags = new EnumMap<>(flags);
        this.escalate = escalate;
        this.neighbours = neighbours;
        this.calibration = calibration;
    }

    /** The same heads with the doubt threshold fitted on grouped cross-validation. */
    TriageModel withCalibration(RiskCalibration fitted) {
        return new TriageModel(intent, category, priority, language, languages, flags, escalate, neighbours, fitted);
    }

    RiskCalibration calibration() {
        return calibration;
    }

    /** The heads' answer with intent and category blended with the {@link NeighbourVote#SHIPPED} vote. */
    ModelPrediction predict(FeatureVector x) {
        return predict(x, NeighbourVote.SHIPPED);
    }

    ModelPrediction predict(FeatureVector x, NeighbourVote.Blend blend) {
        return neighbours.blend(heads(x), x.dense(), blend);
    }

    NeighbourVote neighbours() {
        return neighbours;
    }

    /** The linear heads alone. */
    ModelPrediction heads(FeatureVector x) {
        Map<RiskFlag, Double> flagProbabilities = new EnumMap<>(RiskFlag.class);
        flags.forEach((flag, head) -> flagProbabilities.put(flag, head.probabilities(x)[1]));
        String code = languages.get(ModelPrediction.argmax(language.probabilities(x)));
        return new ModelPrediction(intent.probabilities(x), category.probabilities(x), priority.probabilities(x),
                code, flagProbabilities, escalate.probabilities(x)[1]);
    }

    /**
     * The few words of {@code text} that pulled hardest toward the chosen intent (and category, when
     * there is one), as evidence a person can check.
     */
    List<String> spans(String text, FeatureVector x, Intent chosenIntent, Category chosenCategory) {
        Map<String, Double> pulls = new LinkedHashMap<>();
        for (String word : LexicalFeatures.words(text)) {
            if (word.length() > 2 && !pulls.containsKey(word)) {
                double pull = 0;
                for (int bucket : LexicalFeatures.bucketsOf(word)) {
                    float value = x.lexical().valueOf(bucket);
                    pull += value * intent.pull(bucket, chosenIntent.ordinal());
                    if (chosenCategory != null) {
                        pull += value * category.pull(bucket, chosenCategory.ordinal());
                    }
                }
                pulls.put(word, pull);
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(pulls.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        return ranked.stream().filter(entry -> entry.getValue() > 0).limit(EVIDENCE_SPANS)
                .map(Map.Entry::getKey).toList();
    }

    void writeTo(DataOutput out) throws IOException {
        intent.writeTo(out);
        category.writeTo(out);
        priority.writeTo(out);
        language.writeTo(out);
        out.writeInt(languages.size());
        for (String code : languages) {
            out.writeUTF(code);
        }
        out.writeInt(flags.size());
        for (Map.Entry<RiskFlag, SoftmaxHead> flag : flags.entrySet()) {
            out.writeUTF(flag.getKey().name());
            flag.getValue().writeTo(out);
        }
        escalate.writeTo(out);
        neighbours.writeTo(out);
        calibration.writeTo(out);
    }

    static TriageModel readFrom(DataInput in) throws IOException {
        SoftmaxHead intent = SoftmaxHead.readFrom(in);
        SoftmaxHead category = SoftmaxHead.readFrom(in);
        SoftmaxHead priority = SoftmaxHead.readFrom(in);
        SoftmaxHead language = SoftmaxHead.readFrom(in);
        List<String> languages = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            languages.add(in.readUTF());
        }
        Map<RiskFlag, SoftmaxHead> flags = new EnumMap<>(RiskFlag.class);
        for (int i = in.readInt(); i > 0; i--) {
            flags.put(RiskFlag.valueOf(in.readUTF()), SoftmaxHead.readFrom(in));
        }
        SoftmaxHead escalate = SoftmaxHead.readFrom(in);
        NeighbourVote neighbours = NeighbourVote.readFrom(in);
        return new TriageModel(intent, category, priority, language, languages, flags, escalate, neighbours,
                RiskCalibration.readFrom(in));
    }
}
