package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * A nearest-neighbour vote over the training messages' sentence embeddings, blended with the
 * linear heads' intent and category probabilities: the heads generalise word by word, the vote
 * recognises a message that reads like a labelled one as a whole (a follow-up that restates the
 * problem, a complaint about a common area). The embeddings are stored as 8-bit integers with a
 * scale per message (384 bytes a message), so the vote costs one pass of integer dot products.
 * Immutable and thread-safe.
 */
final class NeighbourVote {

    /** The neighbours that vote, and the vote's share of the blended probabilities. */
    record Blend(int neighbours, double weight) {
        static final Blend NONE = new Blend(0, 0);
    }

    /**
     * Fixed before measuring, checked by nested cross-validation ({@code --knn=nested} in
     * {@link TriageEvaluation}: chosen on inner folds of each training part, never on its test fold).
     */
    static final Blend SHIPPED = new Blend(10, 0.35);

    private final int dimensions;
    private final byte[] embeddings;
    private final float[] scales;
    private final int[] intents;
    private final int[] categories;

    private NeighbourVote(int dimensions, byte[] embeddings, float[] scales, int[] intents, int[] categories) {
        this.dimensions = dimensions;
        this.embeddings = embeddings;
        this.scales = scales;
        this.intents = intents;
        this.categories = categories;
    }

    static NeighbourVote of(List<CorpusExample> examples, List<FeatureVector> features) {
        int n = examples.size();
        int dimensions = n == 0 ? 0 : features.get(0).dense().length;
        byte[] embeddings = new byte[n * dimensions];
        float[] scales = new float[n];
        int[] intents = new int[n];
        int[] categories = new int[n];
        for (int i = 0; i < n; i++) {
            scales[i] = quantise(features.get(i).dense(), embeddings, i * dimensions);
            intents[i] = examples.get(i).intent().ordinal();
            Category category = examples.get(i).category();
            categories[i] = category == null ? -1 : category.ordinal();
        }
        return new NeighbourVote(dimensions, embeddings, scales, intents, categories);
    }

    /** Unit length, then 8 bits: the scale turns a byte back into its share of the unit vector. */
    private static float quantise(float[] vector, byte[] target, int offset) {
        double norm = 0;
        float max = 0;
        for (float value : vector) {
            norm += value * value;
            max = Math.max(max, Math.abs(value));
        }
        if (norm == 0) {
            return 0;
        }
        float scale = (float) (max / Math.sqrt(norm) / 127);
        for (int d = 0; d < vector.length; d++) {
            target[offset + d] = (byte) Math.round(vector[d] / Math.sqrt(norm) / scale);
        }
        return scale;
    }

    /** The cosine similarity of {@code dense} to every stored message. */
    double[] similarities(float[] dense) {
        int n = scales.length;
        double[] similarities = new double[n];
        if (dense.length != dimensions || dimensions == 0) {
            return similarities;
        }
        double norm = 0;
        for (float value : dense) {
            norm += value * value;
        }
        if (norm == 0) {
            return similarities;
        }
        double unit = 1 / Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            int offset = i * dimensions;
            double dot = 0;
            for (int d = 0; d < dimensions; d++) {
                dot += dense[d] * embeddings[offset + d];
            }
            similarities[i] = dot * scales[i] * unit;
        }
        return similarities;
    }

    /** The vote of the {@code k} most similar messages, each weighted by its (positive) similarity. */
    double[] intentVote(double[] similarities, int k) {
        return vote(similarities, k, intents, Intent.values().length);
    }

    /** As {@link #intentVote}, among the messages that carry a category. */
    double[] categoryVote(double[] similarities, int k) {
        return vote(similarities, k, categories, Category.values().length);
    }

    private static double[] vote(double[] similarities, int k, int[] labels, int classes) {
        int[] top = TopK.of(similarities, labels, k);
        double[] votes = new double[classes];
        double total = 0;
        for (int i : top) {
            double weight = Math.max(similarities[i], 1e-3);
            votes[labels[i]] += weight;
            total += weight;
        }
        if (total == 0) {
            java.util.Arrays.fill(votes, 1.0 / classes);
            return votes;
        }
        for (int c = 0; c < classes; c++) {
            votes[c] /= total;
        }
        return votes;
    }

    /** {@code (1 - weight) · heads + weight · vote}: still a probability distribution. */
    static double[] blend(double[] heads, double[] vote, double weight) {
        double[] blended = new double[heads.length];
        for (int c = 0; c < heads.length; c++) {
            blended[c] = (1 - weight) * heads[c] + weight * vote[c];
        }
        return blended;
    }

    /** The heads' prediction with intent and category blended with this vote. */
    ModelPrediction blend(ModelPrediction heads, float[] dense, Blend blend) {
        if (blend.neighbours() == 0 || blend.weight() == 0 || scales.length == 0 || dimensions == 0) {
            return heads;
        }
        double[] similarities = similarities(dense);
        return new ModelPrediction(blend(heads.intent(), intentVote(similarities, blend.neighbours()), blend.weight()),
                blend(heads.category(), categoryVote(similarities, blend.neighbours()), blend.weight()),
                heads.priority(), heads.language(), heads.flags(), heads.risk());
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(dimensions);
        out.writeInt(scales.length);
        out.write(embeddings);
        for (int i = 0; i < scales.length; i++) {
            out.writeFloat(scales[i]);
            out.writeByte(intents[i]);
            out.writeByte(categories[i]);
        }
    }

    static NeighbourVote readFrom(DataInput in) throws IOException {
        int dimensions = in.readInt();
        int n = in.readInt();
        byte[] embeddings = new byte[n * dimensions];
        in.readFully(embeddings);
        float[] scales = new float[n];
        int[] intents = new int[n];
        int[] categories = new int[n];
        for (int i = 0; i < n; i++) {
            scales[i] = in.readFloat();
            intents[i] = in.readByte();
            categories[i] = in.readByte();
        }
        return new NeighbourVote(dimensions, embeddings, scales, intents, categories);
    }

    /** The indices of the {@code k} largest similarities among rows with a label (≥ 0). */
    private static final class TopK {
        private TopK() {}

        static int[] of(double[] similarities, int[] labels, int k) {
            int[] top = new int[k];
            int size = 0;
            for (int i = 0; i < similarities.length; i++) {
                if (labels[i] < 0) {
                    continue;
                }
                if (size < k) {
                    top[size++] = i;
                    siftUp(top, size - 1, similarities);
                } else if (similarities[i] > similarities[top[0]]) {
                    top[0] = i;
                    siftDown(top, size, similarities);
                }
            }
            return java.util.Arrays.copyOf(top, size);
        }

        /** A min-heap on similarity: the weakest of the best k sits at the root. */
        private static void siftUp(int[] heap, int at, double[] key) {
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (key[heap[at]] >= key[heap[parent]]) {
                    return;
                }
                swap(heap, at, parent);
                at = parent;
            }
        }

        private static void siftDown(int[] heap, int size, double[] key) {
            int at = 0;
            while (true) {
                int smallest = at;
                for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                    if (key[heap[child]] < key[heap[smallest]]) {
                        smallest = child;
                    }
                }
                if (smallest == at) {
                    return;
                }
                swap(heap, at, smallest);
                at = smallest;
            }
        }

        private static void swap(int[] heap, int a, int b) {
            int held = heap[a];
            heap[a] = heap[b];
            heap[b] = held;
        }
    }
}
