package dev.opscore.tools.pms.workorder;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The work-order lifecycle, with its one table of legal moves; the PMS answers 409 to any other. */
public enum WorkOrderStatus {
    NEW, TRIAGED, DISPATCHED, SCHEDULED, IN_PROGRESS, COMPLETED, CLOSED, ON_HOLD, CANCELLED, REOPENED;

    private static final Map<WorkOrderStatus, Set<WorkOrderStatus>> LEGAL = Map.of(
            NEW, EnumSet.of(TRIAGED, ON_HOLD, CANCELLED),
            TRIAGED, EnumSet.of(DISPATCHED, ON_HOLD, CANCELLED),
            // a vendor who declines sends the order back to triage for the next one
            DISPATCHED, EnumSet.of(SCHEDULED, IN_PROGRESS, TRIAGED, ON_HOLD, CANCELLED),
            SCHEDULED, EnumSet.of(IN_PROGRESS, TRIAGED, ON_HOLD, CANCELLED),
            IN_PROGRESS, EnumSet.of(COMPLETED, ON_HOLD),
            COMPLETED, EnumSet.of(CLOSED, REOPENED),
            CLOSED, EnumSet.of(REOPENED),
            ON_HOLD, EnumSet.of(TRIAGED, DISPATCHED, SCHEDULED, IN_PROGRESS, CANCELLED),
            REOPENED, EnumSet.of(TRIAGED, DISPATCHED, CANCELLED),
            CANCELLED, EnumSet.noneOf(WorkOrderStatus.class));

    public boolean canMoveTo(WorkOrderStatus next) {
        return LEGAL.get(this).contains(next);
    }

    /** Open means someone still has to act on it. */
    public boolean open() {
        return this != CLOSED && this != CANCELLED && this != COMPLETED;
    }
}
