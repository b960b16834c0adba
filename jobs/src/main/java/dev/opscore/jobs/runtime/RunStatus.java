package dev.opscore.jobs.runtime;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The run lifecycle (seed's AgentRun.status plus WAITING and CANCELLED), with its one table of allowed moves. */
public enum RunStatus {
    QUEUED, RUNNING, WAITING, COMPLETED, FAILED, ESCALATED, CANCELLED;

    private static final Map<RunStatus, Set<RunStatus>> ALLOWED = Map.of(
            QUEUED, EnumSet.of(RUNNING, CANCELLED),
            RUNNING, EnumSet.of(WAITING, COMPLETED, FAILED, ESCALATED, CANCELLED),
            // a waiting run is woken by its timer or a signal
            WAITING, EnumSet.of(RUNNING, CANCELLED),
            // an escalated run waits for a manager; a decision resumes it (at once, or through the
            // wait sweep when no worker thread is free here), or it is cancelled
            ESCALATED, EnumSet.of(RUNNING, WAITING, CANCELLED),
            COMPLETED, EnumSet.noneOf(RunStatus.class),
            FAILED, EnumSet.noneOf(RunStatus.class),
            CANCELLED, EnumSet.noneOf(RunStatus.class));

    public boolean canMoveTo(RunStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean terminal() {
        return ALLOWED.get(this).isEmpty();
    }

    /** Every status from which {@code target} may be reached, as stored names. */
    public static Set<String> sourcesOf(RunStatus target) {
        return EnumSet.allOf(RunStatus.class).stream().filter(s -> s.canMoveTo(target))
                .map(Enum::name).collect(Collectors.toSet());
    }
}
