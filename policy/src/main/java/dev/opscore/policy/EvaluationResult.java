package dev.opscore.policy;

import java.util.Objects;

/**
 * The dry run's answer: the decision and the version of the most specific stored policy applied
 * (0 when only the built-in defaults applied).
 */
public record EvaluationResult(Decision decision, int policyVersion) {

    public EvaluationResult {
        Objects.requireNonNull(decision, "decision");
    }
}
