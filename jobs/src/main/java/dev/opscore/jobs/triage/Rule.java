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
 * A rule with a {@code context} fires only when the context also matches somewhere in the
 * message (not negated): "no heat" is an emergency when the message also says it is freezing.
 */
record Rule(String name, Pattern pattern, Set<RiskFlag> flags, boolean emergency, boolean negatable,
            Pattern context, boolean urgent) {

    /** A bounded gap of any characters that stays inside one sentence. */
    static final String ANY = "[^.!?]";

    Rule {
        flags = flags.isEmpty() ? EnumSet.noneOf(RiskFlag.class) : EnumSet.copyOf(flags);
    }

    /** A rule that raises no URGENT floor. */
    Rule(String name, Pattern pattern, Set<RiskFlag> flags, boolean emergency, boolean negatable, Pattern context) {
        this(name, pattern, flags, emergency, negatable, context, false);
    }

    /**
     * A loss the contract names URGENT ("no hot water", "locked out"): negatable, no flag, and it lifts a
     * ROUTINE reading to URGENT; it never lowers an EMERGENCY.
     */
    static Rule urgent(String name, String regex) {
        return new Rule(name, Pattern.compile(regex), Set.of(), false, true, null, true);
    }

    /** A hazard: negatable ("no gas smell"), adds the flag and possibly EMERGENCY. */
    static Rule hazard(String name, String regex, Set<RiskFlag> flags, boolean emergency) {
        return new Rule(name, Pattern.compile(regex), flags, emergency, true, null);
    }

    /** A hazard that needs a second, separately stated condition ("no heat" and "freezing outside"). */
    static Rule hazardIf(String name, String regex, String contextRegex, Set<RiskFlag> flags, boolean emergency) {
        return new Rule(name, Pattern.compile(regex), flags, emergency, true, Pattern.compile(contextRegex));
    }

    /**
     * A loss of a utility that is itself said with a negation ("no sale ni una gota de agua", "not a drop"):
     * an EMERGENCY that is never negated, since the negation is the loss.
     */
    static Rule loss(String name, String regex) {
        return new Rule(name, Pattern.compile(regex), Set.of(), true, false, null);
    }

    /** A claim or mention (lawyer, discrimination, threat): conservative, never negated. */
    static Rule mention(String name, String regex, RiskFlag flag) {
        return new Rule(name, Pattern.compile(regex), EnumSet.of(flag), false, false, null);
    }

    /** A mention that adds several flags: a threat of violence is HARASSMENT and SAFETY. */
    static Rule mention(String name, String regex, Set<RiskFlag> flags) {
        return new Rule(name, Pattern.compile(regex), flags, false, false, null);
    }

    /** A mention that counts only beside a second cue anywhere in the message (a request and a medical reason). */
    static Rule mentionIf(String name, String regex, String contextRegex, Set<RiskFlag> flags) {
        return new Rule(name, Pattern.compile(regex), flags, false, false, Pattern.compile(contextRegex));
    }

    /** The first match that is not negated, as its matched span; empty when the context is missing. */
    Optional<String> firstMatch(String normalised) {
        if (context != null && firstMatch(context, normalised).isEmpty()) {
            return Optional.empty();
        }
        return firstMatch(pattern, normalised);
    }

    private Optional<String> firstMatch(Pattern candidate, String normalised) {
        Matcher matcher = candidate.matcher(normalised);
        while (matcher.find()) {
            if (!negatable || !NegationScope.negates(normalised, matcher.start())) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}
