package dev.opscore.app.intake;

import dev.opscore.jobs.schedule.ScheduleTick;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/agent/cron/tick}: an external scheduler's trigger, taking the same path as an event. */
@RestController
class CronController {

    private final ScheduleTick tick;
    private final Clock clock;

    CronController(ScheduleTick tick, Clock clock) {
        this.tick = tick;
        this.clock = clock;
    }

    /** Both fields optional: the schedule defaults to {@code daily}, the time to now. */
    record TickRequest(@Pattern(regexp = "[a-z][a-z0-9-]{0,49}") String schedule, OffsetDateTime at) {
    }

    @PostMapping("/api/agent/cron/tick")
    ResponseEntity<IntakeResponse> tick(@Valid @RequestBody(required = false) TickRequest request, Principal principal) {
        String schedule = request == null || request.schedule() == null ? ScheduleTick.DAILY : request.schedule();
        var at = request == null || request.at() == null ? clock.instant() : request.at().toInstant();
        return IntakeResponse.of(tick.tick(schedule, at, principal.getName()));
    }
}
