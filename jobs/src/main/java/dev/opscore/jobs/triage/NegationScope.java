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

    /**
     * Understatement is not negation: "no rush", "not urgent" and "not sure" deny nothing that
     * follows them ("not urgent but the cord is melting" still reports a melting cord).
     */
    private static final Pattern UNDERSTATEMENT = Pattern.compile(
            "\\b(?:no|not\\s(?:a|an|in\\sa|any))\\s(?:big\\s)?(?:rush|hurry|deal|pressure|worries|problem|emergency|biggie)\\b"
                    + "|\\bnot\\s(?:urgent|sure|certain|positive|trying\\sto\\s(?:bother|complain|be\\sa\\spain))\\b"
                    + "|\\bdon'?t\\s(?:want\\sto\\s(?:bother|be\\sa\\spain|overreact|complain)|know\\sif|mean\\sto)\\b"
                    + "|\\bno\\s(?:es|hay)\\s(?:urgente|prisa|apuro|nada\\sgrave|gran\\scosa)\\b|\\bsin\\s(?:prisa|apuro)\\b"
                    + "|\\bno\\s(?:se|estoy\\s(?:seguro|segura))\\ssi\\b");

    private NegationScope() {}

    /** Whether one word (apostrophes kept or folded away) is a negation cue: the lexical features mark what it denies. */
    static boolean isCue(String word) {
        return CUE.matcher(word).matches();
    }

    static boolean negates(String normalised, int termStart) {
        String clause = UNDERSTATEMENT.matcher(lastClause(normalised.substring(0, termStart))).replaceAll(" ");
        String[] words = clause.strip().split("[^\\p{L}']+");
        return Arrays.stream(words, Math.max(0, words.length - WINDOW_WORDS), words.length)
                .anyMatch(word -> CUE.matcher(word).matches());
    }

    private static String lastClause(String before) {
        String[] clauses = CLAUSE_BREAK.split(before, -1);
        return clauses.length == 0 ? "" : clauses[clauses.length - 1];
    }
}
