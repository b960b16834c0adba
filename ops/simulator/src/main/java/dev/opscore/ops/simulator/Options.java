package dev.opscore.ops.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code simulate [--seed 7] [--properties 20] [--days 30] [--start 2026-01-05T08:00:00Z]
 * [--out ops/simulator/target/report] [--compare] [--faults] [--database-url jdbc:postgresql://…]
 * [--jar app/target/opscore.jar] [--step-minutes 10] [--settle-days 10]}.
 */
public record Options(long seed, int properties, int days, Instant start, Path out, boolean compare, boolean faults,
               String databaseUrl, String jar, Duration step, Duration settle) {

    static final String USAGE = """
            usage: simulate [--seed N] [--properties N] [--days N] [--start ISO-INSTANT] [--out DIR]
                            [--compare] [--faults] [--database-url JDBC-URL] [--jar PATH]
                            [--step-minutes N] [--settle-days N]
              --seed          portfolio, month and world seed (7)
              --properties    properties in the portfolio (20)
              --days          days of events (30); the world then runs on --settle-days (10) so late work can end
              --start         the month's first instant (2026-01-05T08:00:00Z)
              --out           where report.md and the charts go (ops/simulator/target/report)
              --compare       also run the month under autoApproveMax 300 and 1500 and with quiet hours off
              --faults        also run the month with PMS faults (5% of writes fail, slow dispatches, a 10-minute outage)
              --database-url  a PostgreSQL server to create the months' databases on (default: an embedded
                              one; env OPSCORE_SIMULATOR_DATABASE_URL)
              --jar           the OpsCore jar (app/target/opscore.jar, found from the working directory up)
              --step-minutes  the longest step of virtual time between stops (10)
            """;

    public static Options parse(String[] args, Map<String, String> env) {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty() || !"simulate".equals(rest.remove(0))) {
            throw new IllegalArgumentException("the command is simulate");
        }
        long seed = 7;
        int properties = 20;
        int days = 30;
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        Path out = Path.of("ops/simulator/target/report");
        boolean compare = false;
        boolean faults = false;
        String databaseUrl = env.get("OPSCORE_SIMULATOR_DATABASE_URL");
        String jar = null;
        int stepMinutes = 10;
        int settleDays = 10;
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            switch (option) {
                case "--compare" -> compare = true;
                case "--faults" -> faults = true;
                case "--seed" -> seed = Long.parseLong(value(rest, ++i, option));
                case "--properties" -> properties = positive(value(rest, ++i, option), option);
                case "--days" -> days = positive(value(rest, ++i, option), option);
                case "--start" -> start = Instant.parse(value(rest, ++i, option));
                case "--out" -> out = Path.of(value(rest, ++i, option));
                case "--database-url" -> databaseUrl = value(rest, ++i, option);
                case "--jar" -> jar = value(rest, ++i, option);
                case "--step-minutes" -> stepMinutes = positive(value(rest, ++i, option), option);
                case "--settle-days" -> settleDays = Integer.parseInt(value(rest, ++i, option));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Options(seed, properties, days, start, out, compare, faults,
                databaseUrl == null || databaseUrl.isBlank() ? null : databaseUrl, jar,
                Duration.ofMinutes(stepMinutes), Duration.ofDays(settleDays));
    }

    /** The command that reproduces this run, for the report. */
    public String command() {
        StringBuilder args = new StringBuilder("simulate --seed " + seed + " --properties " + properties + " --days " + days);
        if (!start.equals(Instant.parse("2026-01-05T08:00:00Z"))) {
            args.append(" --start ").append(start);
        }
        if (compare) {
            args.append(" --compare");
        }
        if (faults) {
            args.append(" --faults");
        }
        if (!step.equals(Duration.ofMinutes(10))) {
            args.append(" --step-minutes ").append(step.toMinutes());
        }
        if (!settle.equals(Duration.ofDays(10))) {
            args.append(" --settle-days ").append(settle.toDays());
        }
        return "ops/simulate " + args.toString().substring("simulate ".length());
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String value, String option) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }
}
