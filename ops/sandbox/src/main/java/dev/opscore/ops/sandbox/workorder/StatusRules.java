package dev.opscore.ops.sandbox.workorder;

import dev.opscore.ops.sandbox.web.ConflictException;
import dev.opscore.tools.pms.workorder.WorkOrderStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * What entering a status means, beyond {@code WorkOrderStatus}'s table of legal moves: a dispatch
 * is counted and timed, TRIAGED releases the vendor (the next dispatch starts over), IN_PROGRESS
 * and COMPLETED are timed, REOPENED clears them again.
 */
final class StatusRules {

    static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    static final String NO_VENDOR = "NO_VENDOR";

    private StatusRules() {
    }

    static void enter(WorkOrderDraft d, WorkOrderStatus to, Instant at) {
        WorkOrderStatus from = d.status;
        if (!from.canMoveTo(to)) {
            throw illegal(d.id, from, to);
        }
        if (needsVendor(to) && d.vendorId == null) {
            throw new ConflictException("work order " + d.id + " has no vendor: dispatch it through"
                    + " POST /api/workorders/" + d.id + "/assignment before moving it to " + to,
                    Map.of("reason", NO_VENDOR, "from", from.name(), "to", to.name()));
        }
        d.status = to;
        d.statusChanges++;
        d.updatedAt = at;
        switch (to) {
            case TRIAGED -> releaseVendor(d);
            case DISPATCHED -> {
                d.dispatchCount++;
                d.dispatchedAt = at;
            }
            case IN_PROGRESS -> d.startedAt = at;
            case COMPLETED -> d.completedAt = at;
            case REOPENED -> {
                d.completedAt = null;
                d.startedAt = null;
            }
            default -> {
                // NEW, SCHEDULED, ON_HOLD, CLOSED, CANCELLED: nothing beyond the status itself
            }
        }
    }

    static ConflictException illegal(String id, WorkOrderStatus from, WorkOrderStatus to) {
        String allowed = Arrays.stream(WorkOrderStatus.values()).filter(from::canMoveTo).map(Enum::name)
                .reduce((a, b) -> a + ", " + b).orElse("none: " + from + " is final");
        return new ConflictException("work order " + id + " cannot move from " + from + " to " + to
                + " (allowed from " + from + ": " + allowed + ")",
                Map.of("reason", ILLEGAL_TRANSITION, "from", from.name(), "to", to.name()));
    }

    /** Somebody must be on the job to be dispatched, scheduled or at work. */
    private static boolean needsVendor(WorkOrderStatus status) {
        return status == WorkOrderStatus.DISPATCHED || status == WorkOrderStatus.SCHEDULED
                || status == WorkOrderStatus.IN_PROGRESS;
    }

    private static void releaseVendor(WorkOrderDraft d) {
        d.vendorId = null;
        d.notToExceed = null;
        d.dispatchedAt = null;
        d.scheduledFor = null;
        d.startedAt = null;
    }
}
