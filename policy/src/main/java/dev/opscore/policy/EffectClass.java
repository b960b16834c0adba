package dev.opscore.policy;

/** The contract's effect classes of action types. */
public enum EffectClass {
    READ_ONLY,
    REVERSIBLE_WRITE,
    REVERSIBLE_WRITE_WITH_SPEND,
    COMMUNICATION,
    IRREVERSIBLE_LEGAL,
    IRREVERSIBLE_FINANCIAL,
    /** A type the engine does not know; always blocked. */
    UNKNOWN
}
