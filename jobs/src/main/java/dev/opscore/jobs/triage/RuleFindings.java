package dev.opscore.jobs.triage;

import dev.opscore.policy.RiskFlag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the deterministic rules found in one message.
 *
 * @param flags risk flags found, iterated in {@link RiskFlag} declaration order
 * @param emergency true when a rule is sure the message reports an EMERGENCY of {@code triage.md}
 * @param evidence one entry per match, {@code RULE_NAME: "matched span"}, in rule order
 * @param urgent true when a rule found a loss the contract names URGENT (no hot water, a warm refrigerator,
 *        the only toilet, a lockout, an infestation, a chirping detector): the priority is at least URGENT
 */
public record RuleFindings(Set<RiskFlag> flags, boolean emergency, List<String> evidence, boolean urgent) {

    /** No rule fired (the heads judged alone, as when the doubt threshold is fitted). */
    static final RuleFindings NONE = new RuleFindings(Set.of(), false, List.of());

    public RuleFindings {
        EnumSet<RiskFlag> ordered = EnumSet.noneOf(RiskFlag.class);
        ordered.addAll(flags);
        flags = Collections.unmodifiableSet(ordered);
        evidence = List.copyOf(evidence);
    }

    /** Findings without an URGENT floor. */
    public RuleFindings(Set<RiskFlag> flags, boolean emergency, List<String> evidence) {
        this(flags, emergency, evidence, false);
    }

    /** True when a human must own the reply: any flag, or an emergency. */
    public boolean escalate() {
        return !flags.isEmpty() || emergency;
    }
}
