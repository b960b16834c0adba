package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A short follow-up in a thread that already has an open work order is about that order: "any news?"
 * with an open PLUMBING order is PLUMBING, whatever category the heads guess from four words. Applies
 * only when the message is at most {@value #MAX_WORDS} words, the intent carries a category and the
 * text names none itself. Stateless.
 */
final class ThreadContext {

    static final int MAX_WORDS = 8;

    /** Words that name a category (English and Spanish, normalised): a message with one speaks for itself. */
    private static final Pattern CATEGORY_WORD = Pattern.compile("\\b(?:"
            + "leak\\w*|drip\\w*|sink|toilet\\w*|faucet|pipes?|drains?|clog\\w*|shower|tub|bathtub|water|plumb\\w*|sewer\\w*"
            + "|fuga|gote\\w*|fregadero|lavabo|inodoro|tuberia|tubo|grifo|ducha|agua|banera|drenaje"
            + "|heat\\w*|ac|a/c|air|hvac|furnace|boiler|thermostat|radiators?|cooling|vents?|calefaccion|aire|termostato"
            + "|electric\\w*|outlets?|power|breakers?|lights?|switch\\w*|wiring|spark\\w*|luz|luces|electricidad|enchufe\\w*"
            + "|fridge|refrigerator|freezer|stove|oven|dishwasher|washer|dryer|microwave|disposal|range"
            + "|nevera|refri\\w*|congelador|estufa|horno|lavadora|secadora|lavaplatos|microondas"
            + "|roach\\w*|cockroach\\w*|mice|mouse|rats?|bugs?|ants|bedbugs?|termites?|pests?|fleas|exterminator"
            + "|cucaracha\\w*|raton\\w*|ratas?|chinches?|hormigas|plaga\\w*"
            + "|locks?|locked|keys?|doors?|deadbolt|windows?|cerradura|llaves?|puertas?|ventanas?"
            + "|ceiling|walls?|floors?|paint|mold|mould|techo|pared|moho|hongo"
            + ")\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private ThreadContext() {}

    /** The decision with the thread's category, and what it adds to the evidence. */
    static ContextAdjustment apply(TriageDecision decision, String normalised, TriageInput input) {
        Category inherited = input.openWorkOrderCategory();
        if (inherited == null || !TriageDecision.carriesCategory(decision.intent()) || !isShort(normalised)
                || CATEGORY_WORD.matcher(normalised).find()) {
            return ContextAdjustment.unchanged(decision);
        }
        TriageDecision inheriting = new TriageDecision(decision.intent(), inherited, decision.priority(),
                decision.flags(), decision.doubt());
        return new ContextAdjustment(inheriting, List.of("THREAD_WORK_ORDER: \"" + inherited + "\""));
    }

    private static boolean isShort(String normalised) {
        return WORD.matcher(normalised).results().count() <= MAX_WORDS;
    }
}
