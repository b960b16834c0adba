package dev.opscore.ops.simulator.metrics;

/**
 * Escalation against ground truth: predicted = OpsCore's run for the event opened an exception,
 * actual = the scenario says a person must own it. A ratio is null when its denominator is 0.
 */
public record EscalationScore(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    public static EscalationScore empty() {
        return new EscalationScore(0, 0, 0, 0);
    }

    public EscalationScore add(boolean predicted, boolean actual) {
        return new EscalationScore(truePositives + (predicted && actual ? 1 : 0),
                falsePositives + (predicted && !actual ? 1 : 0), falseNegatives + (!predicted && actual ? 1 : 0),
                trueNegatives + (!predicted && !actual ? 1 : 0));
    }

    public Double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public Double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
