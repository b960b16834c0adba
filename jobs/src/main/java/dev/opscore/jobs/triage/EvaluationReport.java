package dev.opscore.jobs.triage;

import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** The figures of one cross-validation, printed as {@link TriageEvaluation} promises. */
record EvaluationReport(List<CorpusExample> examples, List<TriageEvaluation.HeldOut> heldOut) {

    void print(PrintStream out, boolean listErrors) {
        out.println("field      accuracy   correct / rows");
        accuracy(out, "intent", i -> true, i -> examples.get(i).intent() == decision(i).intent());
        accuracy(out, "category", i -> examples.get(i).category() != null,
                i -> examples.get(i).category() == decision(i).category());
        accuracy(out, "priority", i -> examples.get(i).intent() == Intent.MAINTENANCE_INTAKE,
                i -> examples.get(i).priority() == decision(i).priority());
        accuracy(out, "language", i -> true,
                i -> examples.get(i).language().equals(heldOut.get(i).prediction().language()));
        out.println();
        out.println("flag           precision  recall   true+  false+  false-");
        for (RiskFlag flag : RiskFlag.values()) {
            counts(out, flag.name(), i -> examples.get(i).riskFlags().contains(flag),
                    i -> decision(i).flags().contains(flag));
        }
        counts(out, "EMERGENCY", i -> examples.get(i).priority() == Priority.EMERGENCY,
                i -> decision(i).priority() == Priority.EMERGENCY);
        counts(out, "escalate", i -> examples.get(i).escalate(), i -> decision(i).escalate());
        out.println();
        printMissedEscalations(out);
        printConfusion(out);
        if (listErrors) {
            printErrors(out);
        }
    }

    private TriageDecision decision(int i) {
        return heldOut.get(i).decision();
    }

    private void accuracy(PrintStream out, String field, Predicate<Integer> applies, Predicate<Integer> correct) {
        int rows = 0;
        int right = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (applies.test(i)) {
                rows++;
                right += correct.test(i) ? 1 : 0;
            }
        }
        out.printf("%-10s %-10s %d / %d%n", field, rows == 0 ? "-" : String.format("%.3f", right / (double) rows),
                right, rows);
    }

    private void counts(PrintStream out, String name, Predicate<Integer> gold, Predicate<Integer> predicted) {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (int i = 0; i < examples.size(); i++) {
            boolean g = gold.test(i);
            boolean p = predicted.test(i);
            truePositives += g && p ? 1 : 0;
            falsePositives += !g && p ? 1 : 0;
            falseNegatives += g && !p ? 1 : 0;
        }
        out.printf("%-14s %-10s %-8s %-6d %-7d %d%n", name, ratio(truePositives, truePositives + falsePositives),
                ratio(truePositives, truePositives + falseNegatives), truePositives, falsePositives, falseNegatives);
    }

    private static String ratio(int numerator, int denominator) {
        return denominator == 0 ? "-" : String.format("%.3f", numerator / (double) denominator);
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

    private void printConfusion(PrintStream out) {
        out.println("intent confusion (rows: corpus label, columns: predicted)");
        Intent[] intents = Intent.values();
        out.printf("%-19s", "");
        for (Intent intent : intents) {
            out.printf("%8.7s", intent.name());
        }
        out.println();
        for (Intent gold : intents) {
            out.printf("%-19s", gold.name());
            for (Intent predicted : intents) {
                long n = 0;
                for (int i = 0; i < examples.size(); i++) {
                    n += examples.get(i).intent() == gold && decision(i).intent() == predicted ? 1 : 0;
                }
                out.printf("%8d", n);
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
