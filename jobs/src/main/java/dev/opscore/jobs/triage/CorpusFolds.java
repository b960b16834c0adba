package dev.opscore.jobs.triage;

import dev.opscore.policy.Intent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * How {@link TriageEvaluation} deals examples into folds, deterministically with
 * {@link TriageModelTraining#SEED}.
 */
enum CorpusFolds {

    /**
     * Whole families ({@link CorpusExample#family()}; a line without one is its own): no family is
     * both trained on and tested, so a paraphrase or translation of a test line never helps it.
     * Families are dealt largest first (ties in seeded random order), each to the fold with the
     * fewest rows of the family's majority intent so far, then the fewest rows: folds come out
     * balanced in size and roughly stratified by intent.
     */
    GROUPED {
        @Override
        int[] assign(List<CorpusExample> examples, int folds) {
            List<Family> families = families(examples);
            SplittableRandom random = new SplittableRandom(TriageModelTraining.SEED);
            for (int i = families.size() - 1; i > 0; i--) {
                Collections.swap(families, i, random.nextInt(i + 1));
            }
            families.sort(Comparator.comparingInt((Family family) -> family.members().size()).reversed());
            int[] rows = new int[folds];
            Map<Intent, int[]> rowsOfIntent = new EnumMap<>(Intent.class);
            int[] fold = new int[examples.size()];
            for (Family family : families) {
                int[] ofIntent = rowsOfIntent.computeIfAbsent(family.majorityIntent(examples), key -> new int[folds]);
                int chosen = 0;
                for (int k = 1; k < folds; k++) {
                    if (ofIntent[k] < ofIntent[chosen] || ofIntent[k] == ofIntent[chosen] && rows[k] < rows[chosen]) {
                        chosen = k;
                    }
                }
                ofIntent[chosen] += family.members().size();
                rows[chosen] += family.members().size();
                for (int member : family.members()) {
                    fold[member] = chosen;
                }
            }
            return fold;
        }
    },

    /** Line by line, shuffled within each intent and dealt round-robin: the figure before families. */
    STRATIFIED {
        @Override
        int[] assign(List<CorpusExample> examples, int folds) {
            Map<String, List<Integer>> byIntent = new TreeMap<>();
            for (int i = 0; i < examples.size(); i++) {
                byIntent.computeIfAbsent(examples.get(i).intent().name(), key -> new ArrayList<>()).add(i);
            }
            SplittableRandom random = new SplittableRandom(TriageModelTraining.SEED);
            int[] fold = new int[examples.size()];
            int dealt = 0;
            for (List<Integer> members : byIntent.values()) {
                for (int i = members.size() - 1; i > 0; i--) {
                    Collections.swap(members, i, random.nextInt(i + 1));
                }
                for (int member : members) {
                    fold[member] = dealt++ % folds;
                }
            }
            return fold;
        }
    };

    /** The fold (0..folds-1) of each example. */
    abstract int[] assign(List<CorpusExample> examples, int folds);

    static CorpusFolds byName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** One family's example indices, in corpus order. */
    record Family(String id, List<Integer> members) {

        /** The intent most of its lines carry; ties go to the first in {@link Intent} order. */
        Intent majorityIntent(List<CorpusExample> examples) {
            int[] counts = new int[Intent.values().length];
            members.forEach(i -> counts[examples.get(i).intent().ordinal()]++);
            int best = 0;
            for (int k = 1; k < counts.length; k++) {
                best = counts[k] > counts[best] ? k : best;
            }
            return Intent.values()[best];
        }
    }

    /** The families of the examples, in order of their first line. */
    static List<Family> families(List<CorpusExample> examples) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            members.computeIfAbsent(examples.get(i).familyOrSource(), key -> new ArrayList<>()).add(i);
        }
        List<Family> families = new ArrayList<>();
        members.forEach((id, indices) -> families.add(new Family(id, List.copyOf(indices))));
        return families;
    }
}
