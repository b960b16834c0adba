package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report shows each figure overall, per language and per style, and lists missed escalations. */
class TriageEvaluationReportTest {

    private static final String LONG = "gas smell in the hallway ".repeat(10);

    private static final List<CorpusExample> EXAMPLES = List.of(
            example("h.jsonl:1", LONG, "en", "terse", Priority.EMERGENCY),
            example("h.jsonl:2", "se salió el agua del calentador", "es", "rambling", Priority.URGENT),
            example("h.jsonl:3", "the faucet drips", "en", "rambling", Priority.ROUTINE));

    private static final List<TriageEvaluation.HeldOut> ANSWERS = List.of(
            answer(Priority.ROUTINE), answer(Priority.URGENT), answer(Priority.ROUTINE));

    private static CorpusExample example(String source, String text, String language, String style,
                                         Priority priority) {
        return new CorpusExample(source, text, null, Intent.MAINTENANCE_INTAKE, Category.PLUMBING, priority,
                List.of(), language, null, style, null, null);
    }

    private static TriageEvaluation.HeldOut answer(Priority priority) {
        ModelPrediction prediction = new ModelPrediction(new double[Intent.values().length],
                new double[Category.values().length], new double[Priority.values().length], "en",
                Map.<RiskFlag, Double>of(), 0);
        return new TriageEvaluation.HeldOut(new TriageDecision(Intent.MAINTENANCE_INTAKE, Category.PLUMBING, priority,
                EnumSet.noneOf(RiskFlag.class), null), prediction);
    }

    private static String report() {
        return report(EvaluationReport.Rows.MISSED);
    }

    private static String report(EvaluationReport.Rows shown) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new EvaluationReport(EXAMPLES, ANSWERS).print(new PrintStream(bytes, true, StandardCharsets.UTF_8), shown);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFigureIsShownOverallPerLanguageAndPerStyle() {
        // given; when
        String report = report();
        // then
        assertThat(report.lines().findFirst().orElseThrow().split("\\s+"))
                .containsExactly("figure", "all", "en", "es", "style", "rambling", "style", "terse");
        assertThat(report).containsPattern("priority accuracy\\s+0\\.667 2/3\\s+0\\.500 1/2\\s+1\\.000 1/1"
                + "\\s+1\\.000 2/2\\s+0\\.000 0/1");
        assertThat(report).containsPattern("escalate recall\\s+0\\.000 0/1\\s+0\\.000 0/1\\s+-");
    }

    @Test
    void aMissedEscalationIsListedWithItsLabelsAnswerAndCutText() {
        // given; when
        String missed = report().lines().filter(line -> line.startsWith("  h.jsonl:")).findFirst().orElseThrow();
        // then
        assertThat(missed).contains("h.jsonl:1", "label MAINTENANCE_INTAKE/PLUMBING/EMERGENCY[]",
                "got MAINTENANCE_INTAKE/PLUMBING/ROUTINE[]", LONG.substring(0, 157) + "...\"");
        assertThat(missed).doesNotContain(LONG.substring(0, 158));
    }

    @Test
    void theSealedReportShowsFiguresAndConfusionButNoMessage() {
        // given; when
        String report = report(EvaluationReport.Rows.SEALED);
        // then
        assertThat(report).contains("escalate recall").doesNotContain("h.jsonl:", "gas smell", "faucet");
        assertThat(report).containsPattern("EMERGENCY\\s+0\\s+0\\s+1\\s+0");
    }

    @Test
    void thePriorityConfusionCountsEachLabelAgainstEachAnswer() {
        // given; when
        String report = report();
        // then
        assertThat(report).contains("priority (MAINTENANCE_INTAKE rows) confusion");
        assertThat(report).containsPattern("URGENT\\s+0\\s+1\\s+0\\s+0");
        assertThat(report).containsPattern("ROUTINE\\s+0\\s+0\\s+1\\s+0");
    }
}
