package dev.opscore.jobs.triage;

import static dev.opscore.jobs.triage.Rule.ANY;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code triage.md}'s weather conditions from the calendar instead of the text: no heat in a month that
 * is {@link LocalClimate.Season#COLD COLD} where the property is is an EMERGENCY, AC out in a
 * {@link LocalClimate.Season#HOT HOT} one at least URGENT. Only adds risk: it raises a priority and
 * turns a message into HVAC maintenance, never lowers or removes anything. Negation applies
 * ("no problem with the heat"). Stateless.
 */
final class SeasonalContext {

    /** No heat in so many words, or the short question of someone waiting for it to come back. */
    private static final Rule NO_HEAT = Rule.hazard("SEASONAL_NO_HEAT", EmergencyRules.NO_HEAT
            + "|^(?:and\\s|so\\s|still\\s)?(?:the\\s|my\\s|any\\s|our\\s)?(?:heat|heating|heater|calefaccion)"
            + "(?:\\s(?:yet|now|today|back|back\\son|again))?\\s?\\?"
            + "|\\b(?:is|will|when\\sis|when\\swill)\\s(?:the\\s|my\\s|our\\s)?(?:heat|heating)\\s(?:ever\\s)?"
            + "(?:coming|going\\sto\\scome|going\\sto\\sbe|getting|being|be)\\s(?:back|on|fixed|restored|turned\\son)"
            + "|\\bwhen\\s(?:is|will|does|do\\syou\\sthink)\\s(?:the\\s|my\\s|our\\s)?(?:heat|heating)\\s(?:be\\s|come\\s|get\\s)?"
            + "(?:back|on|fixed|restored|working)"
            + "|\\b(?:any|an)\\s(?:update|news|word|eta)\\s(?:on|about|for)\\s(?:the\\s|my\\s|our\\s)?(?:heat|heating)\\b"
            + "|\\bheat(?:ing)?\\sback\\son\\s?\\?"
            + "|(?:^|\\s)(?:y\\s|la\\s|mi\\s)?calefaccion\\s?\\?"
            + "|\\bcuando\\s(?:vuelve|regresa|va\\sa\\s(?:volver|funcionar)|arreglan|prenden)\\sla\\scalefaccion"
            + "|\\b(?:ya\\s)?(?:hay|tenemos|vuelve\\sla)\\scalefaccion\\s?\\?",
            Set.of(), true);

    private static final String AC = "(?:ac|a/c|air\\scondition(?:ing|er)|air\\scon|aircon|aire\\sacondicionado|aire"
            + "|cooling|minisplit|mini[\\s-]split|swamp\\scooler)";
    private static final Rule AC_OUT = Rule.hazard("SEASONAL_AC_OUT",
            "\\b(?:no|without|sin)\\s(?:ac|a/c|air\\sconditioning|aire(?:\\sacondicionado)?|cooling)\\b"
                    + "|\\b" + AC + "\\s(?:is\\s|went\\s|has\\sgone\\s|'s\\s)?(?:out|down|dead)\\b"
                    + "|\\b" + AC + "\\b" + ANY + "{0,20}?\\b(?:not\\s(?:working|cooling|turning\\son|blowing\\scold|coming\\son)"
                    + "|isn'?t\\s(?:working|cooling)|broke\\w*|died|stopped\\s(?:working|cooling)|quit|blowing\\s(?:hot|warm)"
                    + "|(?:can'?t|cannot|won'?t|doesn'?t|does\\snot)\\s(?:turn\\son|work|cool|start|come\\son)"
                    + "|no\\s(?:funciona|enfria|prende|sirve|enciende))"
                    + "|\\b(?:no\\s(?:hay|tenemos)|sin)\\saire\\b|\\bse\\s(?:apago|descompuso)\\sel\\saire\\b",
            Set.of(), true);

    private SeasonalContext() {}

    static ContextAdjustment apply(TriageDecision decision, String normalised, TriageInput input) {
        Optional<LocalClimate.Reading> reading = LocalClimate.at(input.receivedAt(), input.propertyZone());
        if (reading.isEmpty()) {
            return ContextAdjustment.unchanged(decision);
        }
        LocalClimate.Season season = reading.get().season();
        if (season == LocalClimate.Season.COLD && NO_HEAT.firstMatch(normalised).isPresent()) {
            return raised(decision, Priority.EMERGENCY, "SEASONAL_COLD", reading.get());
        }
        if (season == LocalClimate.Season.HOT && AC_OUT.firstMatch(normalised).isPresent()) {
            return raised(decision, Priority.URGENT, "SEASONAL_HOT", reading.get());
        }
        return ContextAdjustment.unchanged(decision);
    }

    /** HVAC maintenance at {@code floor} or more severe; the flags stay as they were. */
    private static ContextAdjustment raised(TriageDecision decision, Priority floor, String name, LocalClimate.Reading reading) {
        Priority current = decision.intent() == Intent.MAINTENANCE_INTAKE ? decision.priority() : null;
        Priority priority = current != null && current.compareTo(floor) < 0 ? current : floor;
        TriageDecision raised = new TriageDecision(Intent.MAINTENANCE_INTAKE, Category.HVAC, priority, decision.flags(), decision.doubt());
        return new ContextAdjustment(raised, List.of(name + ": \"" + reading.where() + "\""));
    }
}
