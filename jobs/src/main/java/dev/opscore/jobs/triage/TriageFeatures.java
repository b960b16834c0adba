package dev.opscore.jobs.triage;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.opscore.tools.pms.message.MessageThread;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Turns a message into a {@link FeatureVector}: the sentence embedding of the message (of its
 * {@link SpanishGloss} when it reads as Spanish) (scaled to length
 * {@link #DENSE_WEIGHT}) beside {@link LexicalFeatures}. Thread-safe: ONNX Runtime sessions and
 * the tokenizer may be shared.
 */
final class TriageFeatures {

    /** The embedding's weight against the lexical groups (each of unit length or less). */
    static final float DENSE_WEIGHT = 1.5f;

    /**
     * The embedding reads at most this many characters (cut at a word): about the 256 word pieces
     * all-MiniLM-L6-v2 was trained on. Beyond that it costs quadratically more and adds little; the
     * lexical features still read the whole message.
     */
    static final int EMBEDDED_CHARACTERS = 1_000;

    private final SentenceEmbedding embedding;
    private final EmbeddingModel model;
    private final int dimensions;

    private TriageFeatures(SentenceEmbedding embedding, EmbeddingModel model) {
        this.embedding = embedding;
        this.model = model;
        this.dimensions = model == null ? 0 : model.dimension();
    }

    /** Loads the embedding model: do it once, it takes hundreds of milliseconds. */
    static TriageFeatures load(SentenceEmbedding embedding) {
        return new TriageFeatures(embedding, embedding.load());
    }

    SentenceEmbedding embedding() {
        return embedding;
    }

    FeatureVector of(String text, MessageThread.Channel channel) {
        List<String> words = LexicalFeatures.words(text);
        Optional<List<String>> gloss = SpanishGloss.of(words);
        // the model refuses text that tokenises to nothing (blank, a lone accent): that embeds as zeros
        float[] embedding = words.isEmpty() ? new float[dimensions]
                : embed(gloss.map(english -> String.join(" ", english)).orElse(text));
        return new FeatureVector(embedding, LexicalFeatures.extract(text, words, gloss, channel));
    }

    /** Features of many messages, embedded on all cores (the order of the result is the input's). */
    List<FeatureVector> ofAll(List<CorpusExample> examples) {
        return IntStream.range(0, examples.size()).parallel()
                .mapToObj(i -> of(examples.get(i).text(), examples.get(i).channel()))
                .toList();
    }

    private static String head(String text) {
        if (text.length() <= EMBEDDED_CHARACTERS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EMBEDDED_CHARACTERS);
        return text.substring(0, cut > 0 ? cut : EMBEDDED_CHARACTERS);
    }

    private float[] embed(String text) {
        if (model == null) {
            return new float[0];
        }
        float[] vector = model.embed(head(text)).content().vector();
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        double scale = norm == 0 ? 0 : DENSE_WEIGHT / Math.sqrt(norm);
        float[] scaled = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            scaled[i] = (float) (vector[i] * scale);
        }
        return scaled;
    }
}
