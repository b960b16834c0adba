package dev.opscore.policy;

/** Risk flags of {@code triage.md}; each maps to its {@code RISK_FLAG_<FLAG>} reason code. */
public enum RiskFlag {
    SAFETY(ReasonCode.RISK_FLAG_SAFETY),
    LEGAL(ReasonCode.RISK_FLAG_LEGAL),
    FAIR_HOUSING(ReasonCode.RISK_FLAG_FAIR_HOUSING),
    HARASSMENT(ReasonCode.RISK_FLAG_HARASSMENT);

    private final ReasonCode reasonCode;

    RiskFlag(ReasonCode reasonCode) {
        this.reasonCode = reasonCode;
    }

    /** The reason code contributed when this flag requires approval. */
    public ReasonCode reasonCode() {
        return reasonCode;
    }
}
