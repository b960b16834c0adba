package dev.opscore.ops.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opscore.ops.simulator.metrics.MonthFigures;
import dev.opscore.ops.simulator.process.OpsCoreJar;
import dev.opscore.ops.simulator.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing, small: one property, two days (and three to settle) through OpsCore started from its
 * jar, twice with the same seed. Needs {@code app/target/opscore.jar}: {@code ./mvnw verify} packages
 * app before this module (the test-scoped {@code opscore-app} dependency orders the reactor); alone,
 * build it first with {@code ./mvnw -q package -DskipTests}.
 */
class ShortMonthTest {

    @Test
    void aShortMonthKeepsTheInvariantsAndTheSameSeedPrintsTheSameFigures(@TempDir Path out) throws Exception {
        assumeTrue(OpsCoreJar.available(), "no app/target/opscore.jar: build it with ./mvnw -q package -DskipTests"
                + " (./mvnw verify builds it before this module)");
        // given
        Map<String, String> env = new HashMap<>();
        String server = System.getenv("OPSCORE_TEST_DATABASE_URL");
        if (server != null && !server.isBlank()) {
            env.put("OPSCORE_SIMULATOR_DATABASE_URL", server);
        }
        Options first = Options.parse(args(out.resolve("first")), env);
        Options second = Options.parse(args(out.resolve("second")), env);
        Path jar = OpsCoreJar.locate(null);
        // when
        List<MonthResult> months = Simulator.months(first, jar);
        String headline = Report.write(first, months, Duration.ZERO, "test");
        String again = Simulator.run(second, jar);
        // then
        MonthFigures f = months.get(0).figures();
        assertThat(f.events()).isPositive();
        assertThat(f.outsidePolicy()).isEmpty();
        assertThat(f.sideEffects().duplicates()).isZero();
        assertThat(f.sideEffects().unrecorded()).isEmpty();
        assertThat(f.lost().total()).isZero();
        assertThat(f.outcomes()).allSatisfy(o -> assertThat(o.run()).isNotNull());
        assertThat(again).isEqualTo(headline).contains("figures digest");
        assertThat(out.resolve("first/report.md")).exists();
        assertThat(Files.readString(out.resolve("first/report.md"))).contains("## Definitions", "## Escalation");
        assertThat(out.resolve("first/outcomes-by-category.png")).isNotEmptyFile();
        assertThat(out.resolve("first/sla-by-priority.png")).isNotEmptyFile();
    }

    private static String[] args(Path out) {
        return new String[] {"simulate", "--seed", "11", "--properties", "1", "--days", "2", "--settle-days", "3",
                "--out", out.toString()};
    }
}
