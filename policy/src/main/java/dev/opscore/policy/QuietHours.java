package dev.opscore.policy;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The quiet window [start, end) in the property's local time. It may cross midnight
 * (21:00–07:00 covers 21:00 up to 06:59:59); start equal to end means no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Validation.required(start, "start");
        Validation.required(end, "end");
    }

    /** True when local time {@code time} falls inside the window. */
    public boolean covers(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        if (crossesMidnight()) {
            return !time.isBefore(start) || time.isBefore(end);
        }
        return !time.isBefore(start) && time.isBefore(end);
    }

    /**
     * The first moment after {@code local} at which the window ends, with the zone's offset at that
     * moment (DST-aware; an end inside a DST gap moves forward by the gap).
     */
    public OffsetDateTime nextEndAfter(ZonedDateTime local) {
        ZonedDateTime sameDay = local.with(end);
        ZonedDateTime nextEnd = sameDay.isAfter(local) ? sameDay : local.plusDays(1).with(end);
        return nextEnd.toOffsetDateTime();
    }

    private boolean crossesMidnight() {
        return start.isAfter(end);
    }
}
