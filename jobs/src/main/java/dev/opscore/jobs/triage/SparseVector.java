package dev.opscore.jobs.triage;

/**
 * Hashed lexical features of one message: bucket ids in ascending order and their values.
 *
 * @param indices bucket ids, ascending, no duplicates
 * @param values the value of each bucket, aligned with {@code indices}
 */
record SparseVector(int[] indices, float[] values) {

    /** The value of {@code bucket}, 0 when absent. */
    float valueOf(int bucket) {
        int position = java.util.Arrays.binarySearch(indices, bucket);
        return position < 0 ? 0f : values[position];
    }
}
