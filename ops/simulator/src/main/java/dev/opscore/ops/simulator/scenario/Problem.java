package dev.opscore.ops.simulator.scenario;

import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A maintenance problem a tenant can report, with its true labels (by {@code triage.md}), what it
 * typically costs, how often it comes up relative to the others ({@code weight}), when
 * ({@code season}), whether a first step can fix it ({@code kind}) and how tenants word it.
 */
record Problem(String key, Category category, Priority priority, Set<RiskFlag> flags, TroubleshootingKind kind,
               int typicalCost, double weight, Season season, Wording en, Wording es) {

    static Problem of(String key, Category category, Priority priority, int typicalCost, double weight) {
        return new Problem(key, category, priority, Set.of(), null, typicalCost, weight, Season.ANY, Wording.NONE,
                Wording.NONE);
    }

    Problem flagged(RiskFlag first, RiskFlag... more) {
        return new Problem(key, category, priority, Collections.unmodifiableSet(EnumSet.of(first, more)), kind,
                typicalCost, weight, season, en, es);
    }

    Problem fixableBy(TroubleshootingKind troubleshooting) {
        return new Problem(key, category, priority, flags, troubleshooting, typicalCost, weight, season, en, es);
    }

    Problem in(Season only) {
        return new Problem(key, category, priority, flags, kind, typicalCost, weight, only, en, es);
    }

    Problem en(String subject, List<String> places, String... clauses) {
        return new Problem(key, category, priority, flags, kind, typicalCost, weight, season,
                new Wording(subject, places, List.of(clauses)), es);
    }

    Problem es(String subject, List<String> places, String... clauses) {
        return new Problem(key, category, priority, flags, kind, typicalCost, weight, season, en,
                new Wording(subject, places, List.of(clauses)));
    }

    Wording wording(String language) {
        return "es".equals(language) ? es : en;
    }
}
