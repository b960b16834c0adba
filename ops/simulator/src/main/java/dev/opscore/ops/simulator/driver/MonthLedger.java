package dev.opscore.ops.simulator.driver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the driver did in a month: every event handed over (with its run), every manager answer and
 * tenant reply, and how the driving went. Wall time is kept apart: it is never a figure of the month.
 */
public record MonthLedger(Instant start, Instant end, Instant settledUntil, List<Task> tasks,
                          List<ManagerTouch> touches, List<TenantReplied> replies, long steps,
                          long webhooksRelayed, long webhooksRefused, long handOversRefused, Set<UUID> stuckRuns,
                          List<FaultPlan.Change> faultsApplied, Duration wallTime) {

    public MonthLedger {
        tasks = List.copyOf(tasks);
        touches = List.copyOf(touches);
        replies = List.copyOf(replies);
        stuckRuns = Set.copyOf(stuckRuns);
        faultsApplied = List.copyOf(faultsApplied);
    }
}
