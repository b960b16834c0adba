package dev.opscore.tools.pms.pm;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.PmsHeaders;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Preventive-maintenance schedules ({@code /api/pm-schedules*}). */
public interface PmSchedulesApi {

    @GetMapping("/api/pm-schedules")
    Page<PmSchedule> list(@RequestParam(name = "propertyId", required = false) String propertyId,
                          @RequestParam(name = "dueBefore", required = false)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                          @RequestParam(name = "page", defaultValue = "0") int page,
                          @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/pm-schedules/{id}")
    PmSchedule get(@PathVariable("id") String id);

    @PostMapping("/api/pm-schedules/{id}/completions")
    PmSchedule complete(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                        @PathVariable("id") String id, @RequestBody PmCompletion body);
}
