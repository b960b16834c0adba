package dev.opscore.jobs.triage;

import dev.opscore.policy.RiskFlag;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named rule: a precompiled pattern over normalised text and what a match adds.
 * Patterns must not match across sentence punctuation ({@code . ! ?}); use {@link #ANY}
 * instead of {@code .} so that text appended after a sentence break never changes a match.
 */
record Rule(String name, Pattern pattern, Set<RiskFlag> flags, boolean emergency, boolean negatable) {

    /** A bounded gap of any characters that stays inside one sentence. */
    static final String ANY = "[^.!?]";

    Rule {
        flags = flags.isEmpty() ? EnumSet.noneOf(RiskFlag.class) : EnumSet.copyOf(flags);
    }

    /** A hazard: negatable ("no gas smell"), adds the flag and possibly EMERGENCY. */
    static Rule hazard(String name, String regex, Set<RiskFlag> flags, boolean emergency) {
        return new Rule(name, Pattern.compile(regex), flags, emergency, true);
    }

    /** A claim or mention (lawyer, discrimination, threat): conservative, never negated. */
    static Rule mention(String name, String regex, RiskFlag flag) {
        return new Rule(name, Pattern.compile(regex), EnumSet.of(flag), false, false);
    }

    /** The first match that is not negated, as its matched span. */
    Optional<String> firstMatch(String normalised) {
        Matcher matcher = pattern.matcher(normalised);
        while (matcher.find()) {
            if (!negatable || !NegationScope.negates(normalised, matcher.start())) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}
