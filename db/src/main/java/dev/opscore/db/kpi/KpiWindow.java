package dev.opscore.db.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * What the KPIs are computed over: runs that ended, and exceptions raised, in [{@code from},
 * {@code to}), at one property or (with a null {@code propertyId}) everywhere. The caller validates
 * its input first; this constructor only refuses a window that would make every figure meaningless.
 */
public record KpiWindow(Instant from, Instant to, String propertyId) {

    public KpiWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " is not before to " + to);
        }
    }
}
