package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Intent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every corpus line has a family, and no two near-duplicate lines sit in different families: a
 * corpus addition that paraphrases a line of another family (and would leak across the grouped
 * folds) fails here until {@code exec:exec@triage-families} is run.
 */
class TriageCorpusFamiliesTest {

    private static final List<CorpusExample> CORPUS = TriageCorpus.fromClasspath().examples();

    @Test
    void everyCorpusLineHasAFamily() {
        // given the corpus; when
        List<String> without = CORPUS.stream().filter(e -> e.family() == null || e.family().isBlank())
                .map(CorpusExample::source).toList();
        // then
        assertThat(without).as("lines without a family (run exec:exec@triage-families)").isEmpty();
    }

    @Test
    void nearDuplicateLinesShareAFamily() {
        // given
        List<float[]> embeddings = TriageFeatures.load(SentenceEmbedding.DEFAULT).ofAll(CORPUS).stream()
                .map(FeatureVector::dense).toList();
        // when
        List<String> leaks = new ArrayList<>();
        for (NearDuplicates.Pair pair : NearDuplicates.CORPUS.pairs(CORPUS, embeddings)) {
            CorpusExample first = CORPUS.get(pair.first());
            CorpusExample second = CORPUS.get(pair.second());
            if (!first.family().equals(second.family())) {
                leaks.add(String.format("%s (%s) ~ %s (%s): cosine %.3f, Jaccard %.2f", first.source(),
                        first.family(), second.source(), second.family(), pair.cosine(), pair.jaccard()));
            }
        }
        // then
        assertThat(leaks).as("near-duplicates in different families (run exec:exec@triage-families)").isEmpty();
    }

    @Test
    void aFamilyIsWrittenAsTheFirstKeyAndNothingElseChanges() {
        // given
        String row = "{\"text\": \"la llave gotea\", \"intent\": \"MAINTENANCE_INTAKE\", \"riskFlags\": []}";
        // when
        String added = CorpusFamilies.withFamily(row, "other-0007");
        String replaced = CorpusFamilies.withFamily(added, "other-0003");
        // then
        assertThat(added).isEqualTo("{\"family\": \"other-0007\", " + row.substring(1));
        assertThat(replaced).isEqualTo("{\"family\": \"other-0003\", " + row.substring(1));
    }

    @Test
    void newLinesJoinTheFamilyTheyAreNearAndOthersGetTheNextNumber() {
        // given: two lines with families, a new one near the second, a new one near nothing
        Path file = Path.of("other.jsonl");
        List<CorpusFamilies.Line> lines = List.of(line(file, 0, "other-0001"), line(file, 1, "other-0002"),
                line(file, 2, null), line(file, 3, null));
        List<NearDuplicates.Pair> pairs = List.of(new NearDuplicates.Pair(1, 2, false, 0.9, 0.2));
        // when
        String[] families = CorpusFamilies.assign(lines, pairs);
        // then
        assertThat(families).containsExactly("other-0001", "other-0002", "other-0002", "other-0003");
    }

    @Test
    void aNewLineBridgingTwoFamiliesMergesThemIntoTheOlderId() {
        // given
        Path file = Path.of("boundaries.jsonl");
        List<CorpusFamilies.Line> lines = List.of(line(file, 0, "boundaries-0004"), line(file, 1, "boundaries-0002"),
                line(file, 2, null));
        List<NearDuplicates.Pair> pairs = List.of(new NearDuplicates.Pair(0, 2, false, 0.2, 0.7),
                new NearDuplicates.Pair(1, 2, false, 0.9, 0.1));
        // when
        String[] families = CorpusFamilies.assign(lines, pairs);
        // then
        assertThat(families).containsOnly("boundaries-0002");
    }

    @Test
    void translationsAreJudgedOnTheLowerCrossLanguageCosine() {
        // given: a similarity between the two thresholds
        double between = (NearDuplicates.CORPUS.crossLanguageCosine() + NearDuplicates.CORPUS.cosine()) / 2;
        // when
        boolean sameLanguage = NearDuplicates.CORPUS.near(new NearDuplicates.Pair(0, 1, false, between, 0));
        boolean acrossLanguages = NearDuplicates.CORPUS.near(new NearDuplicates.Pair(0, 1, true, between, 0));
        // then
        assertThat(sameLanguage).isFalse();
        assertThat(acrossLanguages).isTrue();
    }

    @Test
    void wordsAreFoldedSoAccentsAndCaseDoNotMatter() {
        // given; when
        double jaccard = NearDuplicates.jaccard(NearDuplicates.words("¿Está ABIERTA la alberca?"),
                NearDuplicates.words("esta abierta la alberca"));
        // then
        assertThat(jaccard).isEqualTo(1.0);
    }

    private static CorpusFamilies.Line line(Path file, int index, String family) {
        return new CorpusFamilies.Line(file, index, new CorpusExample(file + ":" + (index + 1), "text " + index, null,
                Intent.FAQ, null, null, List.of(), "en", family, null, null, null));
    }
}
