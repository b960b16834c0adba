package dev.opscore.policy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What the policy says about one action: the most restrictive outcome contributed, every reason
 * code contributed (most restrictive first, then rule order; never empty), whether a manager must be
 * told even if the action proceeds, and, for a deferred message, the earliest time it may go out
 * ({@code null} otherwise). A "no" is a Decision with outcome BLOCK, never an exception.
 */
public record Decision(Outcome outcome, List<ReasonCode> reasons, boolean escalate, OffsetDateTime notBefore) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision carries at least one reason");
        }
    }

    /**
     * {@code notBefore} as the wire text: ISO-8601 with seconds and the zone's offset
     * ({@code 2026-01-15T07:00:00-05:00}, {@code Z} for UTC), or {@code null}. Unlike
     * {@link OffsetDateTime#toString()} it never drops zero seconds.
     */
    public String notBeforeText() {
        return notBefore == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(notBefore);
    }
}
