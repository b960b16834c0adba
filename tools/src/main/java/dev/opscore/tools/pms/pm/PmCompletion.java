package dev.opscore.tools.pms.pm;

import java.time.LocalDate;

/** Records that a PM task was done; the schedule's next due date moves on by its interval. */
public record PmCompletion(LocalDate completedOn, String workOrderId) {
}
