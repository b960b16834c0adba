package dev.opscore.ops.sandbox.world;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.clock.WorldState;
import dev.opscore.ops.sandbox.web.Validation;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sandbox/clock}; {@code POST /sandbox/clock/advance {"minutes": n}} and
 * {@code PUT /sandbox/clock {"now": iso}}, which run the world up to the new time. The clock never
 * goes back (a reset starts it over).
 */
@RestController
@ConditionalOnSandbox
class ClockController {

    static final int MAX_MINUTES = 366 * 24 * 60;

    private final SandboxClock clock;
    private final WorldSimulator world;

    ClockController(SandboxClock clock, WorldSimulator world) {
        this.clock = clock;
        this.world = world;
    }

    @GetMapping("/sandbox/clock")
    WorldState get() {
        return clock.state();
    }

    @PostMapping("/sandbox/clock/advance")
    WorldSimulator.Advance advance(@RequestBody AdvanceRequest request) {
        new Validation()
                .required("minutes", request.minutes())
                .check(request.minutes() == null || request.minutes() >= 0 && request.minutes() <= MAX_MINUTES,
                        "minutes", "must be between 0 and " + MAX_MINUTES + " (a year)")
                .throwIfInvalid();
        return world.advanceTo(clock.instant().plus(Duration.ofMinutes(request.minutes())));
    }

    @PutMapping("/sandbox/clock")
    WorldSimulator.Advance set(@RequestBody SetRequest request) {
        new Validation().required("now", request.now()).throwIfInvalid();
        return world.advanceTo(request.now());
    }

    record AdvanceRequest(Long minutes) {
    }

    record SetRequest(Instant now) {
    }
}
