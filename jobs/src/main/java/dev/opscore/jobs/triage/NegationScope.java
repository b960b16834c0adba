package dev.opscore.jobs.triage;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Decides whether a term is negated: a negation cue among the few words before it, inside
 * the same clause. Only looks backwards, so text appended later can never negate a match.
 */
final class NegationScope {

    private static final int WINDOW_WORDS = 4;
    /** "or" and "ni" do not end a negation: "nothing smells or sparks" denies both. */
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile("[.,;:!?()\\n]|\\b(?:but|and|pero|y|also|then)\\b");
    private static final Pattern CUE = Pattern.compile(
            "no|not|never|without|none|nothing|zero|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|"
                    + "doesn'?t|didn'?t|haven'?t|hasn'?t|ni|sin|nunca|tampoco|nada|ningun|ninguna");

    private NegationScope() {}

    static boolean negates(String normalised, int termStart) {
        String clause = lastClause(normalised.substring(0, termStart));
        String[] words = clause.strip().split("[^\\p{L}']+");
        return Arrays.stream(words, Math.max(0, words.length - WINDOW_WORDS), words.length)
                .anyMatch(word -> CUE.matcher(word).matches());
    }

    private static String lastClause(String before) {
        String[] clauses = CLAUSE_BREAK.split(before, -1);
        return clauses.length == 0 ? "" : clauses[clauses.length - 1];
    }
}
