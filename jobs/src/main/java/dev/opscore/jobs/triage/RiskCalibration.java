package dev.opscore.jobs.triage;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The calibrated risk score and the doubt threshold: "doubt goes to a person". The escalation
 * head's raw probability is mapped to a calibrated one by Platt scaling ({@code 1 / (1 + e^-(a·logit(raw)
 * + b))}), fitted on out-of-fold scores of grouped cross-validation, and a message whose other
 * signals (rules, flag heads, priority) do not escalate it still escalates when its calibrated
 * score reaches {@link #threshold}. The threshold is the highest one at which the out-of-fold
 * escalation recall reaches the target; the build chooses it ({@link TriageModelBuild}), so a
 * changed corpus gets a threshold of its own.
 *
 * @param slope Platt's a
 * @param intercept Platt's b
 * @param threshold calibrated score from which doubt escalates, in [0, 1]
 * @param targetRecall the out-of-fold escalation recall the threshold was chosen for
 */
record RiskCalibration(double slope, double intercept, double threshold, double targetRecall) {

    /** Recall first: one must-escalate message in two hundred may be missed on grouped CV, no more. */
    static final double TARGET_RECALL = 0.995;

    /** The precision of all escalations that doubt may not push under on the data it is fitted on. */
    static final double PRECISION_FLOOR = 0.85;

    /** Used where no calibration was fitted (a model trained at start from an IDE): doubt from 0.5 raw. */
    static final RiskCalibration UNFITTED = new RiskCalibration(1, 0, 0.5, TARGET_RECALL);

    /** No doubt layer: the rules and heads alone (a calibrated score never reaches 2). */
    static final RiskCalibration NONE = new RiskCalibration(1, 0, 2, TARGET_RECALL);

    /**
     * One out-of-fold example: its gold label, whether the heads escalate it without doubt, its raw score,
     * and whether production (the rules and the heads) escalates it without doubt.
     */
    record Scored(boolean mustEscalate, boolean escalatedByHeads, double raw, boolean escalatedInProduction) {

        /** An example whose production decision is the heads' own. */
        Scored(boolean mustEscalate, boolean escalatedByHeads, double raw) {
            this(mustEscalate, escalatedByHeads, raw, escalatedByHeads);
        }
    }

    double calibrated(double raw) {
        return sigmoid(slope * logit(raw) + intercept);
    }

    boolean doubtful(double raw) {
        return calibrated(raw) >= threshold;
    }

    /** Platt scaling on {@code scored}, then the threshold that meets {@code targetRecall} on them. */
    static RiskCalibration fit(List<Scored> scored, double targetRecall) {
        double[] platt = platt(scored);
        RiskCalibration scaling = new RiskCalibration(platt[0], platt[1], 1, targetRecall);
        return new RiskCalibration(platt[0], platt[1], threshold(scored, scaling, targetRecall), targetRecall);
    }

    /**
     * The highest calibrated score t at which escalating every example the heads escalate
     * or scores at least t reaches the target recall, among the thresholds at which the precision of
     * what production escalates (the rules, the heads, and doubt) stays at or above
     * {@link #PRECISION_FLOOR}; when none reaches the target, the one of those with the highest recall.
     * Recall is judged on the heads (what doubt must cover), precision on what a manager would receive.
     * Every candidate is weighed, not only those before the first dip under the floor.
     */
    private static double threshold(List<Scored> scored, RiskCalibration scaling, double targetRecall) {
        long must = scored.stream().filter(Scored::mustEscalate).count();
        long caught = scored.stream().filter(s -> s.mustEscalate() && s.escalatedByHeads()).count();
        long raised = scored.stream().filter(Scored::escalatedInProduction).count();
        long right = scored.stream().filter(s -> s.mustEscalate() && s.escalatedInProduction()).count();
        List<Scored> open = new ArrayList<>(scored.stream().filter(s -> !s.escalatedByHeads()).toList());
        open.sort(Comparator.comparingDouble((Scored s) -> scaling.calibrated(s.raw())).reversed());
        double best = 1;
        long bestCaught = caught;
        int i = 0;
        while (i < open.size() && recall(bestCaught, must) < targetRecall) {
            // examples with the same score come in or stay out together: a threshold cannot split them
            double score = scaling.calibrated(open.get(i).raw());
            for (; i < open.size() && scaling.calibrated(open.get(i).raw()) == score; i++) {
                Scored next = open.get(i);
                caught += next.mustEscalate() ? 1 : 0;
                if (!next.escalatedInProduction()) {
                    raised++;
                    right += next.mustEscalate() ? 1 : 0;
                }
            }
            if (right / (double) raised >= PRECISION_FLOOR && caught > bestCaught) {
                best = score;
                bestCaught = caught;
            }
        }
        return best;
    }

    private static double recall(long caught, long must) {
        return must == 0 ? 1 : caught / (double) must;
    }

    /** Platt's two parameters by Newton's method on the log loss, with his smoothed targets. */
    private static double[] platt(List<Scored> scored) {
        long positives = scored.stream().filter(Scored::mustEscalate).count();
        long negatives = scored.size() - positives;
        if (positives == 0 || negatives == 0) {
            return new double[] {1, 0};
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (Scored s : scored) {
                double x = logit(s.raw());
                double p = sigmoid(a * x + b);
                double error = p - (s.mustEscalate() ? hi : lo);
                double w = p * (1 - p);
                ga += error * x;
                gb += error;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }

    private static double logit(double p) {
        double clamped = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(clamped / (1 - clamped));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeDouble(slope);
        out.writeDouble(intercept);
        out.writeDouble(threshold);
        out.writeDouble(targetRecall);
    }

    static RiskCalibration readFrom(DataInput in) throws IOException {
        return new RiskCalibration(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
    }
}
