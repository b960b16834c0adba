package dev.opscore.policy;

import java.time.OffsetDateTime;
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
}
