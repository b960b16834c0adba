package dev.opscore.ops.simulator.report;

import dev.opscore.ops.simulator.MonthResult;
import dev.opscore.ops.simulator.Options;
import dev.opscore.ops.simulator.metrics.MonthFigures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the report of the months that ran into {@code --out}: {@code report.md} (headline, definitions,
 * the default month in detail, the policy comparison and the month with faults when they ran), the
 * default month's {@code tasks.md}, and the PNG charts. Returns the headline printed to standard output.
 */
public final class Report {

    private Report() {
    }

    /** {@code opscore} names the OpsCore measured (its jar's fingerprint); it is not part of the figures. */
    public static String write(Options options, List<MonthResult> results, Duration wallTime, String opscore) {
        MonthResult main = results.get(0);
        List<String> headline = new ArrayList<>();
        headline.add("OpsCore simulated month: " + Headline.title(options, main));
        headline.addAll(Headline.lines("", main));
        List<MonthResult> policies = results.stream().filter(r -> !r.variant().withFaults()).toList();
        if (policies.size() > 1) {
            headline.add("");
            headline.addAll(Comparison.lines(policies));
        }
        results.stream().filter(r -> r.variant().withFaults()).findFirst().ifPresent(faults -> {
            headline.add("");
            headline.addAll(FaultSection.lines(main, faults));
        });
        List<String> fingerprint = new ArrayList<>(headline);
        results.forEach(r -> fingerprint.addAll(TaskListing.fingerprint(r.figures())));
        headline.add("");
        headline.add("figures digest " + Digest.of(fingerprint) + " (same seed and options, same digest)");
        try {
            Files.createDirectories(options.out());
            charts(options.out(), results);
            Files.writeString(options.out().resolve("tasks.md"), TaskListing.markdown("The default month", main.figures()));
            for (MonthResult other : results.subList(1, results.size())) {
                Files.writeString(options.out().resolve("tasks-" + other.variant().label() + ".md"),
                        TaskListing.markdown("The month " + other.variant().label(), other.figures()));
            }
            Files.writeString(options.out().resolve("report.md"),
                    markdown(options, results, String.join("\n", headline), wallTime, opscore));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + options.out(), e);
        }
        return String.join("\n", headline) + "\n";
    }

    private static String markdown(Options options, List<MonthResult> results, String headline, Duration wallTime,
                                   String opscore) {
        MonthResult main = results.get(0);
        MonthSection month = new MonthSection(main);
        StringBuilder md = new StringBuilder("# OpsCore, one simulated month\n\n");
        md.append(Headline.title(options, main)).append(". Reproduce with `").append(options.command())
                .append("` (the [simulator's README](../../README.md) has the one-line build).\n\n");
        md.append(Headline.markdownTable(main)).append("\n");
        md.append(Definitions.MARKDOWN);
        md.append(month.outcomes()).append(month.shortfalls()).append(month.escalation()).append(month.manager())
                .append(month.policyAndEffects()).append(month.service()).append(month.kpis()).append(month.lost());
        List<MonthResult> policies = results.stream().filter(r -> !r.variant().withFaults()).toList();
        if (policies.size() > 1) {
            md.append(Comparison.markdown(policies));
        }
        results.stream().filter(r -> r.variant().withFaults()).findFirst()
                .ifPresent(faults -> md.append(FaultSection.markdown(main, faults)));
        md.append(About.markdown(options, results, headline, wallTime, opscore));
        return md.toString();
    }

    private static void charts(Path out, List<MonthResult> results) {
        MonthFigures f = results.get(0).figures();
        Map<String, Map<String, Number>> byCategory = new LinkedHashMap<>();
        f.outcomesByCategory().forEach((category, c) -> {
            Map<String, Number> row = new LinkedHashMap<>();
            row.put("completed without a manager", c[0]);
            row.put("resolved with a manager", c[1]);
            row.put("not resolved", c[2]);
            byCategory.put(category, row);
        });
        Charts.bars(out.resolve("outcomes-by-category.png"), "Tasks by category (ground truth)", "tasks", byCategory, true);
        Map<String, Map<String, Number>> sla = new LinkedHashMap<>();
        f.slaByPriority().forEach((priority, r) -> sla.put(priority + " (" + r.whole() + ")",
                Map.of("SLA met, %", r.rate() == null ? 0 : 100 * r.rate())));
        Charts.bars(out.resolve("sla-by-priority.png"), "SLA attainment by priority", "% met", sla, false);
        List<MonthResult> policies = results.stream().filter(r -> !r.variant().withFaults()).toList();
        if (policies.size() > 1) {
            Comparison.charts(out, policies);
        }
    }
}
