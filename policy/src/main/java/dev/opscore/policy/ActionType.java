package dev.opscore.policy;

/**
 * The action types of the contract, each with its effect class. {@link #UNKNOWN} stands for any
 * type string the engine does not recognise (type names are case-sensitive).
 */
public enum ActionType {
    READ(EffectClass.READ_ONLY),
    WORK_ORDER_CREATE(EffectClass.REVERSIBLE_WRITE),
    WORK_ORDER_UPDATE(EffectClass.REVERSIBLE_WRITE),
    WORK_ORDER_CLOSE(EffectClass.REVERSIBLE_WRITE),
    VENDOR_ASSIGN(EffectClass.REVERSIBLE_WRITE_WITH_SPEND),
    VENDOR_DISPATCH(EffectClass.REVERSIBLE_WRITE_WITH_SPEND),
    BID_REQUEST(EffectClass.REVERSIBLE_WRITE_WITH_SPEND),
    BID_ACCEPT(EffectClass.REVERSIBLE_WRITE_WITH_SPEND),
    MESSAGE_SEND(EffectClass.COMMUNICATION),
    NOTIFICATION_SEND(EffectClass.COMMUNICATION),
    COMPLIANCE_TASK_CREATE(EffectClass.REVERSIBLE_WRITE),
    PM_TASK_CREATE(EffectClass.REVERSIBLE_WRITE),
    LEGAL_NOTICE_SEND(EffectClass.IRREVERSIBLE_LEGAL),
    EVICTION_FILE(EffectClass.IRREVERSIBLE_LEGAL),
    LEASE_TERMINATE(EffectClass.IRREVERSIBLE_LEGAL),
    REFUND_ISSUE(EffectClass.IRREVERSIBLE_FINANCIAL),
    PAYMENT_SEND(EffectClass.IRREVERSIBLE_FINANCIAL),
    FEE_WAIVE(EffectClass.IRREVERSIBLE_FINANCIAL),
    DEPOSIT_DEDUCT(EffectClass.IRREVERSIBLE_FINANCIAL),
    UNKNOWN(EffectClass.UNKNOWN);

    private final EffectClass effectClass;

    ActionType(EffectClass effectClass) {
        this.effectClass = effectClass;
    }

    public EffectClass effectClass() {
        return effectClass;
    }

    /** The type for a wire name, matched exactly; anything unrecognised is {@link #UNKNOWN}. */
    public static ActionType fromWireName(String name) {
        for (ActionType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    boolean hasSpend() {
        return effectClass == EffectClass.REVERSIBLE_WRITE_WITH_SPEND;
    }

    boolean isIrreversibleLegal() {
        return effectClass == EffectClass.IRREVERSIBLE_LEGAL;
    }

    boolean isIrreversibleFinancial() {
        return effectClass == EffectClass.IRREVERSIBLE_FINANCIAL;
    }

    boolean isVendorAssignment() {
        return this == VENDOR_ASSIGN || this == VENDOR_DISPATCH;
    }

    boolean isTaskCreation() {
        return this == COMPLIANCE_TASK_CREATE || this == PM_TASK_CREATE;
    }
}
