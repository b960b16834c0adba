package dev.opscore.jobs.triage;

import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The figures of one evaluation, printed as {@link TriageEvaluation} promises: every figure
 * overall, per language and (when the lines carry one) per style, side by side; then the missed
 * must-escalate rows, the intent confusion and, when asked, every misclassified row.
 */
record EvaluationReport(List<CorpusExample> examples, List<TriageEvaluation.HeldOut> heldOut) {

    private static final int CELL = 17;

    /** A subset of the examples the figures are computed over. */
    record Slice(String name, Predicate<CorpusExample> member) {
    }

    /**
     * One line of the table.
     *
     * @param count the figure's numerator and denominator over the given example indices
     */
    private record Figure(String name, Function<List<Integer>, int[]> count) {
    }

    /**
     * How many rows the report shows: the missed must-escalate rows (the default), none ({@code
     * SEALED}: figures and confusion tables only, for a set nobody may read), or every misclassified row.
     */
    enum Rows {
        MISSED, SEALED, ERRORS
    }

    void print(PrintStream out, Rows shown) {
        List<Slice> slices = slices();
        List<List<Integer>> rows = slices.stream().map(this::rows).toList();
        out.printf("%-24s", "figure");
        slices.forEach(slice -> out.printf("%-" + CELL + "s", slice.name()));
        out.println();
        out.printf("%-24s", "rows");
        rows.forEach(members -> out.printf("%-" + CELL + "d", members.size()));
        out.println();
        for (Figure figure : figures()) {
            out.printf("%-24s", figure.name());
            for (List<Integer> members : rows) {
                int[] count = figure.count().apply(members);
                String cell = count[1] == 0 ? "-" : String.format("%.3f %d/%d", count[0] / (double) count[1],
                        count[0], count[1]);
                out.printf("%-" + CELL + "s", cell);
            }
            out.println();
        }
        out.println();
        if (shown != Rows.SEALED) {
            printMissedEscalations(out);
        }
        printConfusion(out, "intent", Intent.values(), i -> true, CorpusExample::intent, TriageDecision::intent);
        printConfusion(out, "priority (MAINTENANCE_INTAKE rows)", Priority.values(),
                i -> examples.get(i).intent() == Intent.MAINTENANCE_INTAKE, CorpusExample::priority,
                TriageDecision::priority);
        if (shown == Rows.ERRORS) {
            printErrors(out);
        }
    }

    /** Everything, each language present (en, es first), each style present. */
    List<Slice> slices() {
        List<Slice> slices = new ArrayList<>();
        slices.add(new Slice("all", e -> true));
        Set<String> languages = new TreeSet<>(List.of("en", "es"));
        examples.forEach(e -> languages.add(e.language()));
        languages.forEach(language -> slices.add(new Slice(language, e -> language.equals(e.language()))));
        Set<String> styles = new TreeSet<>();
        examples.stream().map(CorpusExample::style).filter(Objects::nonNull).forEach(styles::add);
        styles.forEach(style -> slices.add(new Slice("style " + style, e -> style.equals(e.style()))));
        return slices;
    }

    private List<Integer> rows(Slice slice) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (slice.member().test(examples.get(i))) {
                rows.add(i);
            }
        }
        return rows;
    }

    private List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(accuracy("intent accuracy", i -> true, i -> examples.get(i).intent() == decision(i).intent()));
        figures.add(accuracy("category accuracy", i -> examples.get(i).category() != null,
                i -> examples.get(i).category() == decision(i).category()));
        figures.add(accuracy("priority accuracy", i -> examples.get(i).intent() == Intent.MAINTENANCE_INTAKE,
                i -> examples.get(i).priority() == decision(i).priority()));
        figures.add(accuracy("language accuracy", i -> true,
                i -> examples.get(i).language().equals(heldOut.get(i).prediction().language())));
        for (RiskFlag flag : RiskFlag.values()) {
            detection(figures, flag.name(), i -> examples.get(i).riskFlags().contains(flag),
                    i -> decision(i).flags().contains(flag));
        }
        detection(figures, "EMERGENCY", i -> examples.get(i).priority() == Priority.EMERGENCY,
                i -> decision(i).priority() == Priority.EMERGENCY);
        detection(figures, "escalate", i -> examples.get(i).escalate(), i -> decision(i).escalate());
        return figures;
    }

    private TriageDecision decision(int i) {
        return heldOut.get(i).decision();
    }

    /** Right answers among the rows the field applies to. */
    private static Figure accuracy(String name, Predicate<Integer> applies, Predicate<Integer> correct) {
        return new Figure(name, rows -> {
            int applicable = 0;
            int right = 0;
            for (int i : rows) {
                if (applies.test(i)) {
                    applicable++;
                    right += correct.test(i) ? 1 : 0;
                }
            }
            return new int[] {right, applicable};
        });
    }

    /** Precision (true positives over predicted) and recall (true positives over gold). */
    private static void detection(List<Figure> figures, String name, Predicate<Integer> gold,
                                  Predicate<Integer> predicted) {
        figures.add(new Figure(name + " precision", rows -> {
            int truePositives = 0;
            int predictedPositives = 0;
            for (int i : rows) {
                boolean p = predicted.test(i);
                predictedPositives += p ? 1 : 0;
                truePositives += p && gold.test(i) ? 1 : 0;
            }
            return new int[] {truePositives, predictedPositives};
        }));
        figures.add(new Figure(name + " recall", rows -> {
            int truePositives = 0;
            int positives = 0;
            for (int i : rows) {
                boolean g = gold.test(i);
                positives += g ? 1 : 0;
                truePositives += g && predicted.test(i) ? 1 : 0;
            }
            return new int[] {truePositives, positives};
        }));
    }

    private void printMissedEscalations(PrintStream out) {
        out.println("must-escalate rows missed:");
        int missed = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).escalate() && !decision(i).escalate()) {
                missed++;
                out.println("  " + describe(i));
            }
        }
        if (missed == 0) {
            out.println("  none");
        }
        out.println();
    }

    /** Gold label per row against the predicted one (a last column for none, as a non-maintenance intent has no priority). */
    private <E extends Enum<E>> void printConfusion(PrintStream out, String name, E[] values, Predicate<Integer> applies,
                                                    Function<CorpusExample, E> gold,
                                                    Function<TriageDecision, E> predicted) {
        out.println(name + " confusion (rows: label, columns: predicted, last: none)");
        out.printf("%-19s", "");
        for (E value : values) {
            out.printf("%10.9s", value.name());
        }
        out.printf("%10s%n", "none");
        for (E row : values) {
            out.printf("%-19s", row.name());
            long[] counts = new long[values.length + 1];
            for (int i = 0; i < examples.size(); i++) {
                if (applies.test(i) && gold.apply(examples.get(i)) == row) {
                    E got = predicted.apply(decision(i));
                    counts[got == null ? values.length : got.ordinal()]++;
                }
            }
            for (long n : counts) {
                out.printf("%10d", n);
            }
            out.println();
        }
        out.println();
    }

    private void printErrors(PrintStream out) {
        out.println("misclassified rows:");
        for (int i = 0; i < examples.size(); i++) {
            CorpusExample e = examples.get(i);
            TriageDecision d = decision(i);
            boolean wrong = e.intent() != d.intent() || !Objects.equals(e.category(), d.category())
                    || e.intent() == Intent.MAINTENANCE_INTAKE && e.priority() != d.priority()
                    || !d.flags().containsAll(e.riskFlags()) || !e.riskFlags().containsAll(d.flags());
            if (wrong) {
                out.println("  " + describe(i));
            }
        }
    }

    private String describe(int i) {
        CorpusExample e = examples.get(i);
        TriageDecision d = decision(i);
        String text = e.text().length() > 160 ? e.text().substring(0, 157) + "..." : e.text();
        return String.format("%s  label %s/%s/%s%s  got %s/%s/%s%s  \"%s\"", e.source(), e.intent(), e.category(),
                e.priority(), e.riskFlags(), d.intent(), d.category(), d.priority(), d.flags(),
                text.replace('\n', ' '));
    }
}
