package dev.opscore.tools.pms.workorder;

/** A move in the lifecycle; illegal moves are 409. */
public record StatusChange(WorkOrderStatus to, String reason) {
}
