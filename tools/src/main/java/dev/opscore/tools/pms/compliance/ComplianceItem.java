package dev.opscore.tools.pms.compliance;

import java.time.Instant;
import java.time.LocalDate;

/** A compliance obligation with a due date (fire extinguishers, elevator certificate, boiler inspection …). */
public record ComplianceItem(String id, String propertyId, String type, String description, LocalDate dueDate,
                             ComplianceStatus status, String workOrderId, Instant completedAt) {

    public enum ComplianceStatus { OPEN, IN_PROGRESS, COMPLETED }
}
