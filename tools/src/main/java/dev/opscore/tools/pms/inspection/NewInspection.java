package dev.opscore.tools.pms.inspection;

import java.time.Instant;

/** Schedules an inspection. */
public record NewInspection(String propertyId, String unitId, Inspection.InspectionType type, Instant scheduledFor) {
}
