package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The contract's answer from the rules and the heads: the rules' flags and emergency always
 * stand (the model can add, never remove), an emergency is maintenance work, and category and
 * priority exist only for the intents that carry them.
 */
record TriageDecision(Intent intent, Category category, Priority priority, Set<RiskFlag> flags) {

    /** A head's flag counts from this probability on; below it only the rules can raise the flag. */
    static final double FLAG_THRESHOLD = 0.35;

    static TriageDecision of(RuleFindings rules, ModelPrediction prediction) {
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
                : rules.emergency() ? Priority.EMERGENCY : prediction.bestPriority();
        return new TriageDecision(intent, category, priority, flags);
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
        evidence.addAll(spans);
        return new TriageResult(intent, category, priority, List.copyOf(flags), escalate(),
                prediction.probabilityOf(intent), prediction.language(), evidence);
    }
}
