package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.opscore.policy.Intent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Grouped folds keep families whole, come out the same every time, and are balanced and stratified. */
class TriageCorpusFoldsTest {

    private static final List<CorpusExample> CORPUS = TriageCorpus.fromClasspath().examples();

    @Property(tries = 200)
    void noFamilyIsSplitAcrossFolds(@ForAll("familyLabels") List<Integer> labels,
                                    @ForAll @IntRange(min = 2, max = 7) int folds) {
        // given
        List<CorpusExample> examples = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            examples.add(example(i, "f" + labels.get(i), Intent.values()[labels.get(i) % Intent.values().length]));
        }
        // when
        int[] fold = CorpusFolds.GROUPED.assign(examples, folds);
        // then
        Map<String, Integer> foldOfFamily = new HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            assertThat(fold[i]).isBetween(0, folds - 1);
            int assigned = fold[i];
            assertThat(foldOfFamily.computeIfAbsent(examples.get(i).family(), key -> assigned)).isEqualTo(assigned);
        }
    }

    @Provide
    Arbitrary<List<Integer>> familyLabels() {
        return Arbitraries.integers().between(0, 40).list().ofMinSize(1).ofMaxSize(300);
    }

    @Test
    void theCorpusFoldsAreTheSameEveryTimeAndKeepFamiliesWhole() {
        // given; when
        int[] first = CorpusFolds.GROUPED.assign(CORPUS, 5);
        int[] second = CorpusFolds.GROUPED.assign(CORPUS, 5);
        // then
        assertThat(second).isEqualTo(first);
        Map<String, Set<Integer>> folds = new HashMap<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            folds.computeIfAbsent(CORPUS.get(i).family(), key -> new HashSet<>()).add(first[i]);
        }
        assertThat(folds.values()).allSatisfy(set -> assertThat(set).hasSize(1));
    }

    @Test
    void theCorpusFoldsAreBalancedInSizeAndIntent() {
        // given; when
        int[] fold = CorpusFolds.GROUPED.assign(CORPUS, 5);
        // then: every fold within 2% of a fifth, every intent within 10% (and 5 rows) of a fifth of its rows
        int[] rows = new int[5];
        int[][] ofIntent = new int[Intent.values().length][5];
        for (int i = 0; i < CORPUS.size(); i++) {
            rows[fold[i]]++;
            ofIntent[CORPUS.get(i).intent().ordinal()][fold[i]]++;
        }
        for (int k = 0; k < 5; k++) {
            assertThat((double) rows[k]).isCloseTo(CORPUS.size() / 5.0, offset(
                    CORPUS.size() * 0.02));
        }
        for (int[] intent : ofIntent) {
            int total = intent[0] + intent[1] + intent[2] + intent[3] + intent[4];
            for (int k = 0; k < 5; k++) {
                assertThat((double) intent[k]).isCloseTo(total / 5.0, offset(
                        Math.max(5, total * 0.1)));
            }
        }
    }

    @Test
    void aLineWithoutAFamilyIsItsOwn() {
        // given
        List<CorpusExample> examples = List.of(example(0, null, Intent.FAQ), example(1, null, Intent.FAQ));
        // when
        List<CorpusFolds.Family> families = CorpusFolds.families(examples);
        // then
        assertThat(families).hasSize(2);
    }

    private static CorpusExample example(int i, String family, Intent intent) {
        return new CorpusExample("test.jsonl:" + (i + 1), "text", null, intent, null, null, List.of(), "en", family,
                null, null, null);
    }
}
