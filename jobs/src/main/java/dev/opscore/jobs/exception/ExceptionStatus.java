package dev.opscore.jobs.exception;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An inbox item's lifecycle (seed's AgentException.status) and its one table of allowed moves. */
public enum ExceptionStatus {
    OPEN, ACK, RESOLVED;

    private static final Map<ExceptionStatus, Set<ExceptionStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(ACK, RESOLVED),
            ACK, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.noneOf(ExceptionStatus.class));

    public boolean canMoveTo(ExceptionStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public static Set<String> sourcesOf(ExceptionStatus target) {
        return EnumSet.allOf(ExceptionStatus.class).stream().filter(s -> s.canMoveTo(target))
                .map(Enum::name).collect(Collectors.toSet());
    }
}
