package dev.opscore.ops.simulator.report;

import dev.opscore.ops.simulator.MonthResult;
import dev.opscore.ops.simulator.Options;
import java.time.Duration;
import java.util.List;

/** How the run went (wall time, steps): the one section that is not a figure of the month. */
final class About {

    private About() {
    }

    static String markdown(Options options, List<MonthResult> results, String headline, Duration wallTime,
                           String opscore) {
        StringBuilder md = new StringBuilder("## About this run (not figures of the month)\n\n");
        md.append("| month | wall time | stops of the world's clock | webhooks relayed | tenant replies |\n|---|---|---|---|---|\n");
        for (MonthResult r : results) {
            md.append("| ").append(r.variant().label()).append(" | ").append(seconds(r.ledger().wallTime()))
                    .append(" | ").append(r.ledger().steps()).append(" | ").append(r.ledger().webhooksRelayed())
                    .append(" | ").append(r.ledger().replies().size()).append(" |\n");
        }
        md.append("\nAll months together, including starting each OpsCore: ").append(seconds(wallTime))
                .append(". Each month ran on a fresh database and a fresh OpsCore process (`")
                .append(options.databaseUrl() == null ? "embedded PostgreSQL" : "the given PostgreSQL server")
                .append("`), the world's clock moving in steps of at most ").append(options.step().toMinutes())
                .append(" minutes. OpsCore measured: `app/target/opscore.jar` with SHA-256 `").append(opscore)
                .append("…`. OpsCore's log, the PMS access log and the trace of each month are under `work/<month>/`.\n\n");
        md.append("What was printed:\n\n```\n").append(headline).append("\n```\n");
        return md.toString();
    }

    private static String seconds(Duration d) {
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
