package dev.opscore.tools.pms.pm;

import dev.opscore.policy.Category;
import java.time.LocalDate;

/** A preventive-maintenance task that recurs every {@code intervalDays}. */
public record PmSchedule(String id, String propertyId, String unitId, Category category, String task,
                         int intervalDays, LocalDate nextDueDate, LocalDate lastCompletedDate, boolean active) {
}
