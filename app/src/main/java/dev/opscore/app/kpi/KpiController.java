package dev.opscore.app.kpi;

import dev.opscore.app.web.InvalidRequestException;
import dev.opscore.db.kpi.KpiRows;
import dev.opscore.db.kpi.KpiWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The KPI panel over [{@code from}, {@code to}): each an ISO-8601 instant or a date (its start in
 * UTC). Without {@code to} the window ends now, by the injected clock; without {@code from} it starts
 * 30 days before its end. A blank parameter counts as absent.
 */
@RestController
class KpiController {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final KpiRows rows;
    private final Clock clock;

    KpiController(KpiRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/api/agent/kpis")
    KpiReport kpis(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String propertyId) {
        Instant end = isAbsent(to) ? clock.instant() : instant("to", to);
        Instant start = isAbsent(from) ? end.minus(DEFAULT_PERIOD) : instant("from", from);
        if (!start.isBefore(end)) {
            throw new InvalidRequestException("from", "must be before to (" + end + ")");
        }
        KpiWindow window = new KpiWindow(start, end, isAbsent(propertyId) ? null : propertyId);
        return KpiReport.of(window, rows.figures(window));
    }

    private static Instant instant(String field, String value) {
        try {
            return isDate(value) ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be an ISO-8601 instant (2026-01-05T08:00:00Z) or date"
                    + " (2026-01-05), not '" + value + "'");
        }
    }

    private static boolean isDate(String value) {
        return value.indexOf('T') < 0;
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
