package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training is deterministic, the stored model reads back as it was written, and it is never stale. */
class TriageModelTest {

    private static final TriageCorpus CORPUS = TriageCorpus.fromClasspath();

    /** Lexical features only, and a slice of the corpus: the properties do not need the embedding. */
    private static List<FeatureVector> lexical(List<CorpusExample> examples) {
        return examples.stream().map(e -> new FeatureVector(new float[0], LexicalFeatures.extract(e.text(), e.channel())))
                .toList();
    }

    @Test
    void theSameExamplesTrainTheSameModel() throws IOException {
        // given
        List<CorpusExample> examples = CORPUS.examples().subList(0, 400);
        List<FeatureVector> features = lexical(examples);
        // when
        byte[] first = bytes(TriageModelTraining.train(examples, features));
        byte[] second = bytes(TriageModelTraining.train(examples, features));
        // then
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aStoredModelPredictsExactlyAsTheTrainedOne() throws IOException {
        // given
        List<CorpusExample> examples = CORPUS.examples().subList(0, 400);
        List<FeatureVector> features = lexical(examples);
        TriageModel trained = TriageModelTraining.train(examples, features);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TriageModelFile.write(out, "none", "fingerprint", trained);
        // when
        TriageModelFile.Stored stored = TriageModelFile.read(new ByteArrayInputStream(out.toByteArray())).orElseThrow();
        // then
        assertThat(stored.fingerprint()).isEqualTo("fingerprint");
        for (FeatureVector x : features.subList(0, 50)) {
            assertThat(stored.model().predict(x)).usingRecursiveComparison().isEqualTo(trained.predict(x));
        }
    }

    @Test
    void theBuildsModelMatchesTheCorpusAndCodeOnTheClasspath() throws IOException {
        // given
        String expected = ModelFingerprint.of(CORPUS, SentenceEmbedding.DEFAULT);
        // when
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TriageModelFile.RESOURCE)) {
            // then
            assertThat(in).as("the build writes %s (jobs/pom.xml, process-classes)", TriageModelFile.RESOURCE).isNotNull();
            assertThat(TriageModelFile.fingerprint(in)).contains(expected);
        }
    }

    @Test
    void anyChangeToTheCorpusChangesTheFingerprint() {
        // given
        List<TriageCorpus.CorpusFile> files = new ArrayList<>(CORPUS.files());
        TriageCorpus.CorpusFile first = files.get(0);
        files.set(0, new TriageCorpus.CorpusFile(first.name(),
                (new String(first.bytes(), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8)));
        // when
        String changed = ModelFingerprint.of(TriageCorpus.of(files), SentenceEmbedding.DEFAULT);
        // then
        assertThat(changed).isNotEqualTo(ModelFingerprint.of(CORPUS, SentenceEmbedding.DEFAULT));
    }

    @Test
    void everyCorpusLineKeepsTheContract() {
        assertThat(CORPUS.examples()).isNotEmpty().allSatisfy(example -> {
            assertThat(example.category() != null).as(example.source())
                    .isEqualTo(TriageDecision.carriesCategory(example.intent()));
            assertThat(example.priority() != null).as(example.source())
                    .isEqualTo(example.intent() == dev.opscore.policy.Intent.MAINTENANCE_INTAKE);
            assertThat(example.language()).as(example.source()).isIn("en", "es");
        });
    }

    private static byte[] bytes(TriageModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TriageModelFile.write(out, "none", "x", model);
        return out.toByteArray();
    }
}
