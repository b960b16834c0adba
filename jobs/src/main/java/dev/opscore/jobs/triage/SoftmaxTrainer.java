package dev.opscore.jobs.triage;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Trains a {@link SoftmaxHead} by stochastic gradient descent on the cross-entropy with L2
 * regularisation. Deterministic: the examples are visited in an order drawn from {@code seed},
 * so the same examples always give the same weights.
 *
 * @param epochs passes over the examples
 * @param learningRate the first pass's step; pass {@code e} uses {@code learningRate / sqrt(1 + e)}
 * @param l2 weight decay, applied to the weights an example touches
 * @param balanced weigh each class inversely to its frequency (square-rooted), so rare classes
 *                 such as EMERGENCY or a risk flag are not drowned by common ones
 * @param seed the shuffle's seed
 */
record SoftmaxTrainer(int epochs, double learningRate, double l2, boolean balanced, long seed) {

    SoftmaxHead train(List<FeatureVector> xs, int[] labels, int classes) {
        int denseDimensions = xs.isEmpty() ? 0 : xs.get(0).dense().length;
        int[] buckets = bucketsOf(xs);
        int[][] rows = xs.stream().map(x -> rowsOf(x.lexical().indices(), buckets)).toArray(int[][]::new);
        double[] classWeight = classWeights(labels, classes);
        double[] bias = new double[classes];
        double[] dense = new double[denseDimensions * classes];
        double[] sparse = new double[buckets.length * classes];
        int[] order = new int[xs.size()];
        Arrays.setAll(order, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        Averages averages = new Averages(bias.length, dense.length, sparse.length);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double rate = learningRate / Math.sqrt(1 + epoch);
            for (int i : order) {
                step(xs.get(i), rows[i], labels[i], classWeight[labels[i]] * rate, bias, dense, sparse, classes);
            }
            if (epoch >= epochs / 2) {
                averages.add(bias, dense, sparse);
            }
        }
        return new SoftmaxHead(classes, averages.mean(averages.bias), averages.mean(averages.dense), buckets,
                averages.mean(averages.sparse));
    }

    /**
     * The weights averaged over the second half of the passes: steadier than the last pass's on a
     * small corpus, where each example moves the weights a lot.
     */
    private static final class Averages {
        private final double[] bias;
        private final double[] dense;
        private final double[] sparse;
        private int count;

        Averages(int biasLength, int denseLength, int sparseLength) {
            bias = new double[biasLength];
            dense = new double[denseLength];
            sparse = new double[sparseLength];
        }

        void add(double[] b, double[] d, double[] s) {
            count++;
            for (int i = 0; i < b.length; i++) {
                bias[i] += b[i];
            }
            for (int i = 0; i < d.length; i++) {
                dense[i] += d[i];
            }
            for (int i = 0; i < s.length; i++) {
                sparse[i] += s[i];
            }
        }

        float[] mean(double[] sum) {
            float[] mean = new float[sum.length];
            for (int i = 0; i < sum.length; i++) {
                mean[i] = (float) (sum[i] / count);
            }
            return mean;
        }
    }

    private void step(FeatureVector x, int[] rows, int label, double rate, double[] bias, double[] dense,
                      double[] sparse, int classes) {
        float[] embedding = x.dense();
        float[] values = x.lexical().values();
        double[] logits = bias.clone();
        for (int i = 0; i < embedding.length; i++) {
            for (int c = 0; c < classes; c++) {
                logits[c] += embedding[i] * dense[i * classes + c];
            }
        }
        for (int k = 0; k < rows.length; k++) {
            for (int c = 0; c < classes; c++) {
                logits[c] += values[k] * sparse[rows[k] * classes + c];
            }
        }
        double[] p = SoftmaxHead.softmax(logits);
        double decay = 1 - rate * l2;
        for (int c = 0; c < classes; c++) {
            double gradient = p[c] - (c == label ? 1 : 0);
            bias[c] -= rate * gradient;
            for (int i = 0; i < embedding.length; i++) {
                int w = i * classes + c;
                dense[w] = dense[w] * decay - rate * gradient * embedding[i];
            }
            for (int k = 0; k < rows.length; k++) {
                int w = rows[k] * classes + c;
                sparse[w] = sparse[w] * decay - rate * gradient * values[k];
            }
        }
    }

    private double[] classWeights(int[] labels, int classes) {
        double[] weights = new double[classes];
        Arrays.fill(weights, 1);
        if (!balanced) {
            return weights;
        }
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        for (int c = 0; c < classes; c++) {
            weights[c] = counts[c] == 0 ? 1 : Math.sqrt(labels.length / (double) (classes * counts[c]));
        }
        return weights;
    }

    private static int[] bucketsOf(List<FeatureVector> xs) {
        TreeSet<Integer> seen = new TreeSet<>();
        xs.forEach(x -> Arrays.stream(x.lexical().indices()).forEach(seen::add));
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] rowsOf(int[] indices, int[] buckets) {
        return Arrays.stream(indices).map(bucket -> Arrays.binarySearch(buckets, bucket)).toArray();
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static float[] floats(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
