package dev.opscore.jobs.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The build step that trains the shipped model: {@code TriageModelBuild <classes directory>}
 * writes {@link TriageModelFile#RESOURCE} there from every corpus file on the classpath, unless
 * the one there already has the current fingerprint. Run by {@code jobs/pom.xml} in
 * {@code process-classes}; embedding the corpus takes seconds, which is why the application
 * does not do it at start.
 */
public final class TriageModelBuild {

    private TriageModelBuild() {}

    public static void main(String[] args) throws IOException {
        CommandLineLogging.errorsOnly();
        // a command-line tool: its report is its output
        PrintStream out = System.out;
        Path target = Path.of(args[0]).resolve(TriageModelFile.RESOURCE);
        SentenceEmbedding embedding = SentenceEmbedding.DEFAULT;
        List<TriageCorpus.CorpusFile> corpusFiles = TriageCorpus.filesOnClasspath();
        String fingerprint = ModelFingerprint.of(corpusFiles, embedding);
        if (fingerprint.equals(existingFingerprint(target).orElse(null))) {
            out.println("Triage model up to date: " + target);
            return;
        }
        TriageCorpus corpus = TriageCorpus.of(corpusFiles);
        long start = System.nanoTime();
        TriageFeatures features = TriageFeatures.load(embedding);
        long loaded = System.nanoTime();
        List<FeatureVector> vectors = features.ofAll(corpus.examples());
        long embedded = System.nanoTime();
        RiskCalibration calibration = RiskCalibrationFit.fit(corpus.examples(), vectors);
        TriageModel model = TriageModelTraining.train(corpus.examples(), vectors).withCalibration(calibration);
        long trained = System.nanoTime();
        Files.createDirectories(target.getParent());
        try (OutputStream file = Files.newOutputStream(target)) {
            TriageModelFile.write(file, embedding.id(), fingerprint, model);
        }
        out.printf("Triage model trained on %d examples: embedding model loaded in %d ms, corpus embedded in %d ms,"
                        + " heads trained and risk calibrated on %d folds in %d ms (%s); %d KiB written to %s%n",
                corpus.examples().size(), millis(start, loaded), millis(loaded, embedded), RiskCalibrationFit.FOLDS,
                millis(embedded, trained), calibration, Files.size(target) / 1024, target);
    }

    private static Optional<String> existingFingerprint(Path target) throws IOException {
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(target)) {
            return TriageModelFile.fingerprint(in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
