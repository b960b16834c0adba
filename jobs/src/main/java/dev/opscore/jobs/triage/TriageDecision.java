package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's answer from the rules and the heads: the rules' flags and emergency always
 * stand (the model can add, never remove), an emergency is maintenance work, and category and
 * priority exist only for the intents that carry them.
 */
record TriageDecision(Intent intent, Category category, Priority priority, Set<RiskFlag> flags, Doubt doubt) {

    /** A head's flag counts from this probability on; below it only the rules can raise the flag. */
    static final double FLAG_THRESHOLD = 0.35;

    /** Evidence code of a message escalated because the classifier is unsure it is safe to leave alone. */
    static final String UNSURE_RISK = "UNSURE_RISK";

    /** Why doubt escalated a message nothing else escalated: its calibrated risk score and the threshold. */
    record Doubt(double score, double threshold) {
        String evidence() {
            return String.format(java.util.Locale.ROOT, "%s: \"risk %.2f >= %.2f\"", UNSURE_RISK, score, threshold);
        }
    }

    /** The rules and heads alone, without the doubt layer (cross-validation's inner steps). */
    static TriageDecision of(RuleFindings rules, ModelPrediction prediction) {
        return of(rules, prediction, null);
    }

    /**
     * The rules, the heads, and doubt: when neither escalates the message but its calibrated risk
     * score reaches the calibration's threshold, a person owns it anyway, under the most probable
     * flag (the contract's {@code escalate} stays "a flag or an EMERGENCY"; the priority is left to
     * the priority head, so doubt never turns a routine job into an emergency dispatch).
     */
    static TriageDecision of(RuleFindings rules, ModelPrediction prediction, RiskCalibration calibration) {
        return sure(rules, prediction).doubted(prediction, calibration);
    }

    /** This decision, or, when it does not escalate and the calibrated risk reaches the threshold, escalated by doubt. */
    TriageDecision doubted(ModelPrediction prediction, RiskCalibration calibration) {
        if (calibration == null || escalate() || !calibration.doubtful(prediction.risk())) {
            return this;
        }
        Doubt doubt = new Doubt(calibration.calibrated(prediction.risk()), calibration.threshold());
        RiskFlag likeliest = prediction.flags().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(RiskFlag.SAFETY);
        Set<RiskFlag> raised = EnumSet.noneOf(RiskFlag.class);
        raised.addAll(flags);
        raised.add(likeliest);
        return new TriageDecision(intent, category, priority, raised, doubt);
    }

    private static TriageDecision sure(RuleFindings rules, ModelPrediction prediction) {
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        flags.addAll(rules.flags());
        prediction.flags().forEach((flag, probability) -> {
            if (probability >= FLAG_THRESHOLD) {
                flags.add(flag);
            }
        });
        Intent intent = rules.emergency() ? Intent.MAINTENANCE_INTAKE : prediction.bestIntent();
        Category category = carriesCategory(intent) ? prediction.bestCategory() : null;
        Priority priority = intent != Intent.MAINTENANCE_INTAKE ? null
                : rules.emergency() ? Priority.EMERGENCY
                : rules.urgent() && prediction.bestPriority() == Priority.ROUTINE ? Priority.URGENT : prediction.bestPriority();
        return new TriageDecision(intent, category, priority, flags, null);
    }

    static boolean carriesCategory(Intent intent) {
        return intent == Intent.MAINTENANCE_INTAKE || intent == Intent.STATUS_UPDATE;
    }

    /** The contract's escalation: any flag, or an EMERGENCY. */
    boolean escalate() {
        return !flags.isEmpty() || priority == Priority.EMERGENCY;
    }

    TriageResult toResult(ModelPrediction prediction, RuleFindings rules, List<String> spans) {
        List<String> evidence = new ArrayList<>(rules.evidence());
        if (doubt != null) {
            evidence.add(doubt.evidence());
        }
        evidence.addAll(spans);
        return new TriageResult(intent, category, priority, List.copyOf(flags), escalate(),
                prediction.probabilityOf(intent), prediction.language(), evidence);
    }
}
