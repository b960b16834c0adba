package dev.opscore.ops.simulator;

import dev.opscore.ops.simulator.driver.FaultPlan;
import dev.opscore.ops.simulator.driver.PolicyVariant;
import dev.opscore.ops.simulator.process.Database;
import dev.opscore.ops.simulator.process.OpsCoreJar;
import dev.opscore.ops.simulator.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code simulate}: a month of portfolio operations generated from a seed and run through OpsCore (its
 * real runtime, workflows, policy engine and the sandbox PMS, from the built jar) on virtual time; the
 * report goes to {@code --out} and its headline figures to standard output. See {@link Options#USAGE}.
 */
public final class Simulator {

    private Simulator() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("simulate: " + e.getMessage() + "\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        Path jar;
        try {
            jar = OpsCoreJar.locate(options.jar());
        } catch (IllegalStateException e) {
            System.err.println("simulate: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.print(run(options, jar));
        System.exit(0);
    }

    /** Runs every month the options ask for and writes the report; returns the headline. */
    public static String run(Options options, Path jar) {
        long started = System.nanoTime();
        List<MonthResult> results = months(options, jar);
        return Report.write(options, results, Duration.ofNanos(System.nanoTime() - started),
                OpsCoreJar.fingerprint(jar));
    }

    /** Runs every month the options ask for: the default policy first, then the comparison, then faults. */
    public static List<MonthResult> months(Options options, Path jar) {
        List<MonthResult> results = new ArrayList<>();
        Path snapshot = OpsCoreJar.snapshot(jar, options.out().resolve("work"));
        try (Database database = options.databaseUrl() == null ? Database.embedded()
                : Database.external(options.databaseUrl())) {
            Simulation simulation = new Simulation(options, database, snapshot);
            for (Variant variant : variants(options)) {
                System.err.println("simulate: month " + variant.label() + " …");
                MonthResult result = simulation.run(variant);
                System.err.println("simulate: month " + variant.label() + " took " + result.ledger().wallTime().toSeconds()
                        + " s wall time");
                results.add(result);
            }
            if (System.getenv("OPSCORE_SIMULATOR_KEEP") != null) {
                keepUntilEndOfInput();
            }
        } finally {
            snapshot.toFile().delete();
        }
        return results;
    }

    /** For looking into a month's database after it ran: OPSCORE_SIMULATOR_KEEP=1 holds the server until stdin ends. */
    private static void keepUntilEndOfInput() {
        System.err.println("simulate: OPSCORE_SIMULATOR_KEEP is set: the database server runs until standard input ends");
        try {
            while (System.in.read() >= 0) {
                // hold
            }
        } catch (IOException ended) {
            // done
        }
    }

    static List<Variant> variants(Options options) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("default", PolicyVariant.DEFAULT, FaultPlan.none()));
        if (options.compare()) {
            for (PolicyVariant policy : PolicyVariant.comparison()) {
                if (!policy.isDefault()) {
                    variants.add(new Variant(policy.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(), policy,
                            FaultPlan.none()));
                }
            }
        }
        if (options.faults()) {
            variants.add(new Variant("faults", PolicyVariant.DEFAULT,
                    FaultPlan.standard(options.start(), options.days())));
        }
        return variants;
    }
}
