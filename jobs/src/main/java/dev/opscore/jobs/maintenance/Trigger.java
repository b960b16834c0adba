package dev.opscore.jobs.maintenance;

import dev.opscore.db.event.EventRow;
import dev.opscore.policy.Category;
import dev.opscore.policy.Priority;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * What opened a maintenance run, read from the event: a tenant's message (by thread and message id
 * from the PMS, or with its text when posted to OpsCore directly), an incident, or a PM task due, and
 * when it happened (the season triage weighs "no heat" by).
 */
record Trigger(String type, String propertyId, String unitId, String tenantId, String threadId, String messageId,
               String text, Category category, Priority priority, String pmScheduleId, Instant occurredAt) {

    static Trigger of(EventRow event) {
        Map<String, Object> p = event.payload() == null ? Map.of() : event.payload();
        String pm = "PM_TASK_DUE".equals(event.type())
                ? firstNonNull(Facts.text(p, "pmScheduleId"), event.ref()) : null;
        return new Trigger(event.type(), event.propertyId(), Facts.text(p, "unitId"), Facts.text(p, "tenantId"),
                Facts.text(p, "threadId"), Facts.text(p, "messageId"),
                firstNonNull(Facts.text(p, "text"), Facts.text(p, "description")),
                enumOf(Category.class, Facts.text(p, "category")), enumOf(Priority.class, Facts.text(p, "priority")), pm,
                event.occurredAt());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
