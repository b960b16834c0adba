package dev.opscore.jobs.triage;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * One trained multinomial logistic regression over a {@link FeatureVector}: a weight per class for
 * every embedding dimension and for every lexical bucket seen in training (unseen buckets weigh
 * nothing). Immutable and thread-safe.
 */
final class SoftmaxHead {

    private final int classes;
    private final float[] bias;
    private final float[] dense;
    private final int[] buckets;
    private final float[] sparse;

    /**
     * @param bias one per class
     * @param dense {@code denseDimensions × classes}, row-major
     * @param buckets the lexical buckets with weights, ascending
     * @param sparse {@code buckets.length × classes}, row-major
     */
    SoftmaxHead(int classes, float[] bias, float[] dense, int[] buckets, float[] sparse) {
        this.classes = classes;
        this.bias = bias;
        this.dense = dense;
        this.buckets = buckets;
        this.sparse = sparse;
    }

    int classes() {
        return classes;
    }

    double[] probabilities(FeatureVector x) {
        double[] logits = new double[classes];
        for (int c = 0; c < classes; c++) {
            logits[c] = bias[c];
        }
        float[] embedding = x.dense();
        for (int i = 0; i < embedding.length && (i + 1) * classes <= dense.length; i++) {
            for (int c = 0; c < classes; c++) {
                logits[c] += embedding[i] * dense[i * classes + c];
            }
        }
        int[] indices = x.lexical().indices();
        float[] values = x.lexical().values();
        for (int k = 0; k < indices.length; k++) {
            int row = Arrays.binarySearch(buckets, indices[k]);
            if (row >= 0) {
                for (int c = 0; c < classes; c++) {
                    logits[c] += values[k] * sparse[row * classes + c];
                }
            }
        }
        return softmax(logits);
    }

    /** How much a lexical bucket pulls toward {@code cls} rather than toward the classes on average. */
    double pull(int bucket, int cls) {
        int row = Arrays.binarySearch(buckets, bucket);
        if (row < 0) {
            return 0;
        }
        double mean = 0;
        for (int c = 0; c < classes; c++) {
            mean += sparse[row * classes + c];
        }
        return sparse[row * classes + cls] - mean / classes;
    }

    static double[] softmax(double[] logits) {
        double max = Arrays.stream(logits).max().orElse(0);
        double sum = 0;
        double[] p = new double[logits.length];
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp(logits[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < logits.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(classes);
        writeFloats(out, bias);
        writeFloats(out, dense);
        out.writeInt(buckets.length);
        for (int bucket : buckets) {
            out.writeInt(bucket);
        }
        writeFloats(out, sparse);
    }

    static SoftmaxHead readFrom(DataInput in) throws IOException {
        int classes = in.readInt();
        float[] bias = readFloats(in);
        float[] dense = readFloats(in);
        int[] buckets = new int[in.readInt()];
        byte[] bytes = new byte[buckets.length * Integer.BYTES];
        in.readFully(bytes);
        java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(buckets);
        return new SoftmaxHead(classes, bias, dense, buckets, readFloats(in));
    }

    private static void writeFloats(DataOutput out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    /** In one bulk read: a million floats one {@code readFloat} at a time take most of a second. */
    private static float[] readFloats(DataInput in) throws IOException {
        float[] values = new float[in.readInt()];
        byte[] bytes = new byte[values.length * Float.BYTES];
        in.readFully(bytes);
        java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }
}
