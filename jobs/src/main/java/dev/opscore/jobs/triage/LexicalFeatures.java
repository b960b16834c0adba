package dev.opscore.jobs.triage;

import dev.opscore.tools.pms.message.MessageThread;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap lexical features that carry what the English-only sentence embedding misses: Spanish,
 * typos and SMS spelling. Words, word pairs and character 3–5-grams of accent-folded,
 * lower-cased text, hashed into {@link #BUCKETS} buckets (only buckets seen in training get a
 * weight, so the space can be large). Each group is scaled to unit length, so a 2,000-character
 * e-mail and a five-word SMS weigh the same. Pure and thread-safe.
 */
final class LexicalFeatures {

    static final int BUCKETS = 1 << 22;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern APOSTROPHE = Pattern.compile("'");
    private static final Pattern REPEATS = Pattern.compile("(\\p{L})\\1{2,}");
    private static final float WORDS = 1.5f;
    private static final float PAIRS = 0.6f;
    private static final float CHARACTERS = 1.0f;
    private static final float META = 0.3f;
    private static final float GLOSSED_WORDS = 0.8f;
    private static final float CUES = 0.8f;

    private static final String NEGATED = "\u00ac";
    private static final int NEGATION_WORDS = 3;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?()\\n]");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "and", "pero", "y", "also", "then");

    private LexicalFeatures() {}

    /** The words of {@code text} as the features see them: folded, "pleeease" as "pleease", "don't" as "dont". */
    static List<String> words(String text) {
        return tokens(text, false);
    }

    /**
     * {@link #words}, with each word a negation cue denies marked ({@code "no gas smell"} as
     * {@code no, ¬gas, ¬smell}): so that a denied hazard is not the hazard's own feature. The scope
     * is the few words after the cue in the same clause, as {@link NegationScope} reads it for rules.
     */
    static List<String> negationMarked(String text) {
        return tokens(text, true);
    }

    private static List<String> tokens(String text, boolean markNegated) {
        String folded = APOSTROPHE.matcher(TextNormaliser.normalise(text)).replaceAll("");
        String squeezed = REPEATS.matcher(folded).replaceAll("$1$1");
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(squeezed);
        int previousEnd = 0;
        int scope = 0;
        // "no rush" and "not urgent" deny nothing that follows (as for the rules)
        List<int[]> understated = new ArrayList<>();
        Matcher politeness = TriageRules.UNDERSTATEMENT.matcher(squeezed);
        while (politeness.find()) {
            understated.add(new int[] {politeness.start(), politeness.end()});
        }
        while (matcher.find()) {
            String word = matcher.group();
            if (CLAUSE_BREAK.matcher(squeezed.substring(previousEnd, matcher.start())).find() || CLAUSE_WORDS.contains(word)) {
                scope = 0;
            }
            previousEnd = matcher.end();
            int at = matcher.start();
            if (NegationScope.isCue(word) && understated.stream().noneMatch(span -> span[0] <= at && at < span[1])) {
                scope = NEGATION_WORDS;
                words.add(word);
            } else if (markNegated && scope > 0) {
                scope--;
                words.add(NEGATED + word);
            } else {
                scope = Math.max(0, scope - 1);
                words.add(word);
            }
        }
        return words;
    }

    static SparseVector extract(String text, MessageThread.Channel channel) {
        List<String> words = words(text);
        return extract(text, words, SpanishGloss.of(words), channel);
    }

    /**
     * @param words {@link #words} of {@code text}
     * @param gloss the English gloss of a Spanish message: its words count as English words too
     */
    static SparseVector extract(String text, List<String> words, Optional<List<String>> gloss,
                                MessageThread.Channel channel) {
        Map<Integer, Float> all = new TreeMap<>();
        List<String> marked = negationMarked(text);
        addGroup(all, wordCounts(marked), WORDS);
        gloss.ifPresent(english -> addGroup(all, wordCounts(english.stream()
                .flatMap(phrase -> java.util.Arrays.stream(phrase.split(" "))).toList()), GLOSSED_WORDS));
        addGroup(all, pairCounts(marked), PAIRS);
        addGroup(all, characterCounts(words), CHARACTERS);
        addGroup(all, metaCounts(text, channel), META);
        addGroup(all, cueCounts(text, words), CUES);
        int[] indices = new int[all.size()];
        float[] values = new float[all.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> entry : all.entrySet()) {
            indices[i] = entry.getKey();
            values[i++] = entry.getValue();
        }
        return new SparseVector(indices, values);
    }

    /** The bucket of a word's own feature, and of its character n-grams: what evidence is measured on. */
    static int[] bucketsOf(String word) {
        List<Integer> buckets = new ArrayList<>();
        buckets.add(hash('w', word, 0, word.length()));
        forEachCharacterGram(word, buckets::add);
        return buckets.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<Integer, Integer> wordCounts(List<String> words) {
        Map<Integer, Integer> counts = new HashMap<>();
        words.forEach(word -> counts.merge(hash('w', word, 0, word.length()), 1, Integer::sum));
        return counts;
    }

    private static Map<Integer, Integer> pairCounts(List<String> words) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String pair = words.get(i - 1) + ' ' + words.get(i);
            counts.merge(hash('p', pair, 0, pair.length()), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<Integer, Integer> characterCounts(List<String> words) {
        Map<Integer, Integer> counts = new HashMap<>();
        words.forEach(word -> forEachCharacterGram(word, bucket -> counts.merge(bucket, 1, Integer::sum)));
        return counts;
    }

    /** 3- to 5-grams of the word with a boundary mark on each side, so "gas" yields " ga", "gas", "as " … */
    private static void forEachCharacterGram(String word, java.util.function.IntConsumer sink) {
        String padded = ' ' + word + ' ';
        for (int n = 3; n <= 5; n++) {
            for (int start = 0; start + n <= padded.length(); start++) {
                sink.accept(hash('c', padded, start, start + n));
            }
        }
    }

    /** How the message arrived and roughly how long it is: SMS and long e-mails read differently. */
    private static Map<Integer, Integer> metaCounts(String text, MessageThread.Channel channel) {
        Map<Integer, Integer> counts = new HashMap<>();
        String channelName = "channel=" + (channel == null ? "NONE" : channel.name());
        String length = "length=" + (32 - Integer.numberOfLeadingZeros(text.length() / 16));
        counts.put(hash('m', channelName, 0, channelName.length()), 1);
        counts.put(hash('m', length, 0, length.length()), 1);
        return counts;
    }

    /** The {@link IntentCues} the message shows, an {@link IndoorReading} band, and whether it asks a question. */
    private static Map<Integer, Integer> cueCounts(String text, List<String> words) {
        Map<Integer, Integer> counts = new HashMap<>();
        String joined = String.join(" ", words);
        for (IntentCues.Cue cue : IntentCues.CUES) {
            if (cue.in(joined)) {
                counts.put(hash('q', cue.name(), 0, cue.name().length()), 1);
            }
        }
        IndoorReading.of(words).ifPresent(band -> {
            String name = "reading=" + band;
            counts.put(hash('q', name, 0, name.length()), 1);
        });
        if (text.indexOf('?') >= 0) {
            counts.put(hash('q', "?", 0, 1), 1);
        }
        return counts;
    }

    /** Sub-linear counts (1 + ln n), scaled so the group has length {@code weight}. */
    private static void addGroup(Map<Integer, Float> all, Map<Integer, Integer> counts, float weight) {
        double norm = 0;
        for (int count : counts.values()) {
            double value = 1 + Math.log(count);
            norm += value * value;
        }
        if (norm == 0) {
            return;
        }
        double scale = weight / Math.sqrt(norm);
        counts.forEach((bucket, count) -> all.merge(bucket, (float) ((1 + Math.log(count)) * scale), Float::sum));
    }

    /** 64-bit FNV-1a over a group tag and a slice of text, folded into the bucket range. */
    static int hash(char group, CharSequence text, int from, int to) {
        long hash = 0xcbf29ce484222325L;
        hash = (hash ^ group) * 0x100000001b3L;
        for (int i = from; i < to; i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return (int) (hash ^ (hash >>> 32)) & (BUCKETS - 1);
    }
}
