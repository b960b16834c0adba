package dev.opscore.jobs.triage;

/**
 * What the linear heads see of one message: the sentence embedding (dense, possibly empty) beside
 * the hashed lexical features.
 */
record FeatureVector(float[] dense, SparseVector lexical) {
}
