package dev.opscore.tools.pms.compliance;

/** Links a work order to an item or moves its status; null fields stay as they are. */
public record ComplianceUpdate(ComplianceItem.ComplianceStatus status, String workOrderId) {
}
