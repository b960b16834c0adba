package dev.opscore.ops.simulator.scenario;

import java.util.List;
import java.util.Random;

/**
 * How tenants put one thing in one language: clauses with an optional {@code {place}} slot, the
 * places that fit it, and a short noun phrase ({@code subject}) for follow-ups ("any news about …").
 * Clauses start in lower case and have no final full stop; the tenant's style finishes them.
 */
record Wording(String subject, List<String> places, List<String> clauses) {

    static final Wording NONE = new Wording("", List.of(), List.of());

    String say(Random random) {
        String clause = Draws.pick(random, clauses);
        if (!clause.contains("{place}")) {
            return clause;
        }
        return contract(clause.replace("{place}", Draws.pick(random, places)));
    }

    /** Spanish contracts "de el" and "a el"; harmless in English, where the words never meet. */
    private static String contract(String text) {
        return text.replace(" de el ", " del ").replace(" a el ", " al ");
    }
}
