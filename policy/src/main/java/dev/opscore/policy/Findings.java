package dev.opscore.policy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The codes contributed during one evaluation, and the decision they add up to. Not shared between evaluations. */
final class Findings {

    /** Most restrictive first; equal restrictiveness keeps rule order, then the order of contribution (stable sort). */
    private static final Comparator<Finding> REASON_ORDER =
            Comparator.comparing(Finding::outcome).reversed().thenComparingInt(Finding::rule);

    private static final Decision ALLOWED_BY_DEFAULT =
            new Decision(Outcome.ALLOW, List.of(ReasonCode.ALLOWED_BY_DEFAULT), false, null);

    private final List<Finding> contributed = new ArrayList<>(4);

    void restrict(int rule, Outcome outcome, ReasonCode code) {
        contributed.add(new Finding(rule, code, outcome, false, null));
    }

    void pass(int rule, ReasonCode code) {
        contributed.add(new Finding(rule, code, Outcome.ALLOW, false, null));
    }

    void passWithEscalation(int rule, ReasonCode code) {
        contributed.add(new Finding(rule, code, Outcome.ALLOW, true, null));
    }

    void defer(int rule, ReasonCode code, OffsetDateTime notBefore) {
        contributed.add(new Finding(rule, code, Outcome.ALLOW, false, notBefore));
    }

    /** The most restrictive outcome contributed so far; ALLOW when nothing was. */
    Outcome outcome() {
        Outcome outcome = Outcome.ALLOW;
        for (Finding finding : contributed) {
            outcome = Outcome.mostRestrictive(outcome, finding.outcome());
        }
        return outcome;
    }

    Decision decide() {
        if (contributed.isEmpty()) {
            return ALLOWED_BY_DEFAULT;
        }
        List<Finding> ordered = new ArrayList<>(contributed);
        ordered.sort(REASON_ORDER);
        Outcome outcome = outcome();
        List<ReasonCode> reasons = new ArrayList<>(ordered.size());
        boolean escalate = outcome != Outcome.ALLOW;
        OffsetDateTime notBefore = null;
        for (Finding finding : ordered) {
            reasons.add(finding.code());
            escalate |= finding.escalate();
            notBefore = notBefore == null ? finding.notBefore() : notBefore;
        }
        return new Decision(outcome, reasons, escalate, notBefore);
    }
}
