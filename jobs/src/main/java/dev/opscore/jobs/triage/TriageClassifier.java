package dev.opscore.jobs.triage;

/** Classifies a tenant message per {@code triage.md}: rules first (they only add risk), then the model. */
public interface TriageClassifier {

    TriageResult classify(TriageInput input);
}
