package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.Map;

/**
 * What the heads say about one message, before the rules and the contract's invariants.
 *
 * @param intent a probability per {@link Intent}, in declaration order
 * @param category a probability per {@link Category}, in declaration order
 * @param priority a probability per {@link Priority}, in declaration order
 * @param language the most probable language code
 * @param flags the probability of each {@link RiskFlag}
 * @param risk the escalation head's raw probability that a person must own the message (any flag or
 *        an EMERGENCY), before {@link RiskCalibration}
 */
record ModelPrediction(double[] intent, double[] category, double[] priority, String language,
                       Map<RiskFlag, Double> flags, double risk) {

    Intent bestIntent() {
        return Intent.values()[argmax(intent)];
    }

    Category bestCategory() {
        return Category.values()[argmax(category)];
    }

    Priority bestPriority() {
        return Priority.values()[argmax(priority)];
    }

    double probabilityOf(Intent value) {
        return intent[value.ordinal()];
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
