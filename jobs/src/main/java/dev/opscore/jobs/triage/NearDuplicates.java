package dev.opscore.jobs.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When two corpus lines are variants of one message (a paraphrase, a translation, a boundary
 * text with one word changed): their sentence embeddings (through {@link SpanishGloss}, as the
 * model sees them) are at least {@link #cosine} alike ({@link #crossLanguageCosine} between an
 * English and a Spanish line: the word-by-word gloss leaves a faithful translation further from
 * its original than a paraphrase in the same language), or their accent-folded word sets overlap
 * by at least {@link #jaccard} (between languages: the English words and the Spanish line's gloss). Labels play no part: near-identical texts with different labels are
 * variants too, and a fold that tests one while training on the other measures memory, not reading.
 */
record NearDuplicates(double cosine, double crossLanguageCosine, double jaccard) {

    /**
     * The corpus's criteria, from pairs sampled around them ({@code CorpusFamilies --explore}).
     * Same-language pairs from 0.78 are paraphrases or the same situation retold ("when do renewal
     * offers come out?" / "yo when do i hear about renewal"); below, different situations of one
     * topic start to dominate. Faithful translations reach 0.65-0.80 through the gloss, and
     * across languages nearly every pair from 0.68 is a translation or a code-switched retelling.
     * Word sets from half shared are templated variants ("the plumber / the dishwasher guy didnt
     * show up today, i took the afternoon off"); below, shared stop words ("how do i ... in the
     * portal") start to pair unrelated questions.
     */
    static final NearDuplicates CORPUS = new NearDuplicates(0.78, 0.68, 0.5);

    /** Two lines that meet the criteria, with their similarities. */
    record Pair(int first, int second, boolean crossLanguage, double cosine, double jaccard) {
    }

    boolean near(Pair pair) {
        return pair.cosine() >= (pair.crossLanguage() ? crossLanguageCosine : cosine) || pair.jaccard() >= jaccard;
    }

    /**
     * Every pair (first &lt; second) of the given lines that meets the criteria, in index order.
     *
     * @param embeddings each line's sentence embedding, any length
     */
    List<Pair> pairs(List<CorpusExample> lines, List<float[]> embeddings) {
        List<Set<String>> words = lines.stream().map(line -> words(line.text())).toList();
        List<Set<String>> readings = lines.stream().map(line -> reading(line.text())).toList();
        List<float[]> unit = embeddings.stream().map(NearDuplicates::unit).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) {
                boolean crossLanguage = !lines.get(a).language().equals(lines.get(b).language());
                Pair pair = new Pair(a, b, crossLanguage, dot(unit.get(a), unit.get(b)), crossLanguage
                        ? jaccard(readings.get(a), readings.get(b)) : jaccard(words.get(a), words.get(b)));
                if (near(pair)) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    /** The message's words, lower-cased, accents and apostrophes dropped: "Está" and "esta" agree. */
    static Set<String> words(String text) {
        String folded = TextNormaliser.normalise(text).replace("'", "");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The words as the model reads them: a Spanish message's {@link SpanishGloss}, else its own words. */
    static Set<String> reading(String text) {
        List<String> words = LexicalFeatures.words(text);
        return new TreeSet<>(SpanishGloss.of(words).orElse(words));
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) (a.size() + b.size() - shared);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length && norm > 0; i++) {
            unit[i] = (float) (vector[i] / Math.sqrt(norm));
        }
        return unit;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
