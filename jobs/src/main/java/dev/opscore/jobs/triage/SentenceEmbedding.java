package dev.opscore.jobs.triage;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.function.Supplier;

/**
 * The sentence-embedding models the classifier can use, each shipped inside a Maven artifact and
 * run in-process by ONNX Runtime: nothing is fetched at run time. {@link #NONE} leaves the heads
 * lexical only (for comparisons in {@link TriageEvaluation}).
 */
enum SentenceEmbedding {

    /**
     * all-MiniLM-L6-v2, 8-bit quantized: 384 dimensions, English. Chosen over the full-precision
     * model: as accurate in cross-validation, a fifth of the size, faster to load and to run.
     */
    MINILM_Q("all-minilm-l6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel::new),
    NONE("none", () -> null);

    static final SentenceEmbedding DEFAULT = MINILM_Q;

    private final String id;
    private final Supplier<EmbeddingModel> loader;

    SentenceEmbedding(String id, Supplier<EmbeddingModel> loader) {
        this.id = id;
        this.loader = loader;
    }

    String id() {
        return id;
    }

    /** Loads the ONNX model (hundreds of milliseconds); null for {@link #NONE}. */
    EmbeddingModel load() {
        return loader.get();
    }

    static SentenceEmbedding byId(String id) {
        for (SentenceEmbedding embedding : values()) {
            if (embedding.id.equals(id)) {
                return embedding;
            }
        }
        throw new IllegalArgumentException("Unknown sentence embedding '" + id + "'");
    }
}
