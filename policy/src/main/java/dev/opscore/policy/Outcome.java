package dev.opscore.policy;

/** What a policy decision allows, from least to most restrictive. */
public enum Outcome {
    /** The agent may act on its own. */
    ALLOW,
    /** A manager must approve before the agent acts. */
    APPROVAL,
    /** The agent must not act. */
    BLOCK;

    /** True when this outcome restricts more than {@code other} (BLOCK > APPROVAL > ALLOW). */
    public boolean isMoreRestrictiveThan(Outcome other) {
        return compareTo(other) > 0;
    }

    /** The more restrictive of the two. */
    public static Outcome mostRestrictive(Outcome a, Outcome b) {
        return a.isMoreRestrictiveThan(b) ? a : b;
    }
}
