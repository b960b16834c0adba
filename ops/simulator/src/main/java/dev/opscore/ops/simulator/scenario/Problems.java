package dev.opscore.ops.simulator.scenario;

import dev.opscore.policy.Priority;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Every problem tenants report, and a draw among those of the season, by weight. */
final class Problems {

    static final List<Problem> ALL = Stream.of(PlumbingProblems.all(), ComfortProblems.all(),
            HouseholdProblems.all(), BuildingProblems.all()).flatMap(List::stream).toList();

    private final List<Problem> inSeason;

    Problems(Season season) {
        this.inSeason = ALL.stream().filter(p -> season.allows(p.season())).toList();
    }

    Problem draw(Random random) {
        return Draws.weighted(random, inSeason, Problem::weight);
    }

    /**
     * A second problem for a two-issue message, chosen so that the primary is never in doubt: no flag,
     * another priority, and less severe than the first when the first carries a flag.
     */
    Problem drawOther(Random random, Problem first) {
        List<Problem> others = inSeason.stream()
                .filter(p -> p.flags().isEmpty() && p.priority() != first.priority())
                .filter(p -> first.flags().isEmpty() || p.priority().compareTo(first.priority()) > 0)
                .toList();
        return Draws.weighted(random, others, Problem::weight);
    }

    /** A problem to mention beside a safety complaint: not an emergency and unflagged. */
    Problem drawMinor(Random random) {
        return Draws.weighted(random, inSeason.stream()
                .filter(p -> p.flags().isEmpty() && p.priority() != Priority.EMERGENCY).toList(), Problem::weight);
    }
}
