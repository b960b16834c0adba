package dev.opscore.jobs.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the classifier's model ready: the embedding model from its jar, and the heads from the
 * weights the build trained ({@link TriageModelFile#RESOURCE}) when their fingerprint matches the
 * corpus and code on the classpath. Without that file (a run from an IDE, or a corpus edited since
 * the build) it trains from the corpus itself, which costs seconds, and says so in the log.
 */
final class TriageModelLoader {

    private static final Logger log = LoggerFactory.getLogger(TriageModelLoader.class);

    private TriageModelLoader() {}

    /** The embedding and the heads, ready to classify. */
    record Loaded(TriageFeatures features, TriageModel model) {
    }

    static Loaded load(SentenceEmbedding embedding) {
        long start = System.nanoTime();
        List<TriageCorpus.CorpusFile> corpusFiles = TriageCorpus.filesOnClasspath();
        String fingerprint = ModelFingerprint.of(corpusFiles, embedding);
        TriageFeatures features = TriageFeatures.load(embedding);
        Optional<TriageModel> stored = stored(fingerprint);
        TriageModel model = stored.orElseGet(() -> {
            log.warn("No trained triage model matches the corpus and code on the classpath ({}); training one now."
                    + " The build makes it: ./mvnw -pl jobs process-classes", TriageModelFile.RESOURCE);
            TriageCorpus corpus = TriageCorpus.of(corpusFiles);
            return TriageModelTraining.train(corpus.examples(), features.ofAll(corpus.examples()));
        });
        log.info("Triage classifier ready in {} ms (embedding {}, heads {})", (System.nanoTime() - start) / 1_000_000,
                embedding.id(), stored.isPresent() ? "trained at build time" : "trained at start");
        return new Loaded(features, model);
    }

    private static Optional<TriageModel> stored(String fingerprint) {
        try (InputStream in = TriageModelLoader.class.getClassLoader().getResourceAsStream(TriageModelFile.RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return TriageModelFile.read(in).filter(stored -> stored.fingerprint().equals(fingerprint))
                    .map(TriageModelFile.Stored::model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TriageModelFile.RESOURCE, e);
        }
    }
}
