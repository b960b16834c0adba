package dev.opscore.jobs.triage;

import dev.opscore.policy.RiskFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The deterministic rules layer of the triage classifier ({@code triage.md}).
 *
 * <p>Rules can only add risk: callers must union these findings with the model's output and
 * never let the model remove a flag or an emergency found here. Stateless and thread-safe.
 * Text that tries to instruct the system is just text to these rules.
 */
@Component
public final class TriageRules {

    private static final List<Rule> ALL = Stream.of(
                    SafetyRules.RULES, EmergencyRules.RULES, LegalRules.RULES,
                    FairHousingRules.RULES, HarassmentRules.RULES, ThreatRules.RULES,
                    AccommodationRules.RULES, TenantActionRules.RULES, ImplicitEmergencyRules.RULES,
                    BoundaryCueRules.RULES,
                    // a second set written independently from the same brief: rules only add risk, so both stand
                    ThreatCueRules.RULES, WelfareRules.RULES, VulnerabilityRules.RULES, HazardCueRules.RULES,
                    AccommodationCueRules.RULES, UrgencyCueRules.RULES)
            .flatMap(List::stream)
            .toList();

    /**
     * Politeness such as "no rush" or "not urgent" is not a denial of a hazard: replaced by a clause
     * break so that its "no" never negates what follows ("no rush the cord is melting").
     */
    static final Pattern UNDERSTATEMENT = Pattern.compile(
            "\\b(?:no|not\\sa|not\\sin\\sa)\\s(?:rush|hurry|big\\sdeal|biggie|pressure|worries|worry|problem|emergency|huge\\sdeal)\\b"
                    + "|\\bnot\\s(?:urgent|super\\surgent|an\\semergency|a\\sbig\\sdeal|sure\\sif\\sit'?s\\surgent)\\b"
                    + "|\\b(?:sin|no\\shay)\\s(?:prisa|apuro)\\b|\\bno\\ses\\s(?:urgente|una\\semergencia|nada\\sgrave)\\b");

    /**
     * Applies every rule to {@code text}.
     *
     * @param text the tenant's message, any length (the caller enforces the 20,000 limit)
     * @return the flags and emergency found, with one evidence entry per rule that fired
     */
    public RuleFindings apply(String text) {
        String normalised = withoutUnderstatement(TextNormaliser.normalise(text == null ? "" : text));
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        List<String> evidence = new ArrayList<>();
        boolean emergency = false;
        boolean urgent = false;
        for (Rule rule : ALL) {
            Optional<String> span = rule.firstMatch(normalised);
            if (span.isPresent()) {
                flags.addAll(rule.flags());
                emergency |= rule.emergency();
                urgent |= rule.urgent();
                String entry = rule.name() + ": \"" + span.get() + "\"";
                if (!evidence.contains(entry)) {
                    // the two rule sets share some names: one entry per name and span is enough for a person
                    evidence.add(entry);
                }
            }
        }
        return new RuleFindings(flags, emergency, evidence, urgent);
    }

    private static String withoutUnderstatement(String normalised) {
        return UNDERSTATEMENT.matcher(normalised).replaceAll(",");
    }
}
