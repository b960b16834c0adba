package dev.opscore.policy;

import java.time.OffsetDateTime;

/** One code contributed by one rule; {@code rule} is its number in the contract (1 to 11). */
record Finding(int rule, ReasonCode code, Outcome outcome, boolean escalate, OffsetDateTime notBefore) {
}
