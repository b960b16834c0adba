package dev.opscore.ops.simulator.scenario;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Texting shorthand, word by word ("you" → "u", "por favor" → "xfa"); the text is lower-cased first. */
final class Shorthand {

    private static final Map<String, String> EN = Map.ofEntries(Map.entry("you", "u"), Map.entry("your", "ur"),
            Map.entry("are", "r"), Map.entry("please", "pls"), Map.entry("thanks", "thx"), Map.entry("because", "bc"),
            Map.entry("tomorrow", "tmrw"), Map.entry("apartment", "apt"), Map.entry("with", "w"),
            Map.entry("really", "rly"), Map.entry("about", "abt"), Map.entry("today", "2day"),
            Map.entry("tonight", "2nite"), Map.entry("don't", "dont"), Map.entry("can't", "cant"),
            Map.entry("i'm", "im"), Map.entry("it's", "its"), Map.entry("there's", "theres"),
            Map.entry("someone", "some1"), Map.entry("before", "b4"), Map.entry("message", "msg"));
    private static final Map<String, String> ES = Map.ofEntries(Map.entry("que", "q"), Map.entry("porque", "xq"),
            Map.entry("por", "x"), Map.entry("favor", "fa"), Map.entry("también", "tb"), Map.entry("para", "pa"),
            Map.entry("está", "ta"), Map.entry("gracias", "grax"), Map.entry("todo", "to"),
            Map.entry("departamento", "depto"), Map.entry("apartamento", "apto"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private Shorthand() {
    }

    static String apply(String text, String language) {
        Map<String, String> table = "es".equals(language) ? ES : EN;
        Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(table.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
