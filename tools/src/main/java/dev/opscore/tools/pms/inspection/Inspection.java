package dev.opscore.tools.pms.inspection;

import java.time.Instant;

/** An inspection of a unit or building. */
public record Inspection(String id, String propertyId, String unitId, InspectionType type, Instant scheduledFor,
                         InspectionStatus status, String findings, Instant completedAt) {

    public enum InspectionType { MOVE_IN, MOVE_OUT, ROUTINE, SAFETY }

    public enum InspectionStatus { SCHEDULED, COMPLETED, CANCELLED }
}
