package dev.opscore.ops.simulator.scenario;

import dev.opscore.policy.Intent;
import dev.opscore.policy.RiskFlag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Something other than a repair a tenant writes about: its intent and flags by {@code triage.md}, how
 * often it comes up among the non-maintenance messages ({@code weight}) and its wordings (whole
 * sentences or questions, lower case first, as {@link Wording} clauses).
 */
record Topic(String key, Intent intent, Set<RiskFlag> flags, double weight, Wording en, Wording es) {

    static Topic of(String key, Intent intent, double weight, List<String> en, List<String> es) {
        return new Topic(key, intent, Set.of(), weight, new Wording("", List.of(), en), new Wording("", List.of(), es));
    }

    Topic flagged(RiskFlag first, RiskFlag... more) {
        return new Topic(key, intent, Collections.unmodifiableSet(EnumSet.of(first, more)), weight, en, es);
    }

    Wording wording(String language) {
        return "es".equals(language) ? es : en;
    }
}
