package dev.opscore.jobs.intake;

/** What happened, as the intake accepts it. SCHEDULE_TICK and MANUAL_RUN come only from OpsCore's own API. */
public enum EventType {
    TENANT_MESSAGE,
    INCIDENT,
    PM_TASK_DUE,
    COMPLIANCE_ITEM_DUE,
    VENDOR_RESPONSE,
    WORK_ORDER_STATUS_CHANGED,
    SCHEDULE_TICK,
    MANUAL_RUN;

    /** Whether {@code POST /api/agent/events} accepts this type from a publisher. */
    public boolean publishable() {
        return this != SCHEDULE_TICK && this != MANUAL_RUN;
    }

    public TriggerType triggerType() {
        return switch (this) {
            case SCHEDULE_TICK -> TriggerType.SCHEDULE;
            case MANUAL_RUN -> TriggerType.MANUAL;
            default -> TriggerType.EVENT;
        };
    }
}
