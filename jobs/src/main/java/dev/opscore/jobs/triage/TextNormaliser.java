package dev.opscore.jobs.triage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-cases, strips accents, unifies apostrophes and collapses whitespace. */
final class TextNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc`\u00b4]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextNormaliser() {}

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        String apostrophes = APOSTROPHES.matcher(plain).replaceAll("'");
        return WHITESPACE.matcher(apostrophes.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
