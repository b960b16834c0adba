package dev.opscore.jobs.triage;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The triage classifier: {@link TriageRules} first, then linear heads over a sentence embedding
 * (all-MiniLM-L6-v2, in-process, no network) and lexical features, then the contract's invariants
 * ({@link TriageDecision}), then what the input carries beyond the text ({@link ContextAdjustment}: the
 * season where the property is, the thread's open work order), which can only add risk. The model
 * loads on the first call, once per instance (about half a second), so an application that never
 * classifies pays nothing at start. Thread-safe; callers
 * must keep texts to the contract's 20,000 characters.
 *
 * <p>Public so that code outside Spring (the benchmark) can build one with {@code new}.
 */
@Component
public final class EmbeddingTriageClassifier implements TriageClassifier {

    private final TriageRules rules;
    private final SentenceEmbedding embedding;
    private volatile TriageModelLoader.Loaded loaded;

    @org.springframework.beans.factory.annotation.Autowired
    public EmbeddingTriageClassifier(TriageRules rules) {
        this(rules, SentenceEmbedding.DEFAULT);
    }

    EmbeddingTriageClassifier(TriageRules rules, SentenceEmbedding embedding) {
        this.rules = rules;
        this.embedding = embedding;
    }

    @Override
    public TriageResult classify(TriageInput input) {
        String text = input.text() == null ? "" : input.text();
        RuleFindings findings = rules.apply(text);
        TriageModelLoader.Loaded model = model();
        FeatureVector features = model.features().of(text, input.channel());
        ModelPrediction prediction = model.model().predict(features);
        ContextAdjustment adjusted = ContextAdjustment.of(TriageDecision.of(findings, prediction),
                TextNormaliser.normalise(text), input);
        // doubt last: what the rules, heads and context did not escalate may still be too uncertain to leave alone
        TriageDecision decision = adjusted.decision().doubted(prediction, model.model().calibration());
        List<String> evidence = new ArrayList<>(adjusted.evidence());
        evidence.addAll(model.model().spans(text, features, decision.intent(), decision.category()));
        return decision.toResult(prediction, findings, evidence);
    }

    private TriageModelLoader.Loaded model() {
        TriageModelLoader.Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = TriageModelLoader.load(embedding);
                    loaded = current;
                }
            }
        }
        return current;
    }
}
