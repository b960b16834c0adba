package dev.opscore.app.run;

import dev.opscore.app.intake.IntakeResponse;
import dev.opscore.app.web.ConflictException;
import dev.opscore.app.web.InvalidRequestException;
import dev.opscore.app.web.NotFoundException;
import dev.opscore.db.run.RunRows;
import dev.opscore.jobs.intake.EventIntake;
import dev.opscore.jobs.intake.EventType;
import dev.opscore.jobs.intake.NewEvent;
import dev.opscore.jobs.runtime.IdSource;
import dev.opscore.jobs.runtime.RunCancellation;
import dev.opscore.jobs.runtime.RunStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import dev.opscore.jobs.runtime.RunReplay;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The runtime API (seed 3.2): manual trigger, run history, one run's timeline, cancel. */
@RestController
class RunController {

    private static final int MAX_PAGE_SIZE = 200;

    private final EventIntake intake;
    private final RunRows runs;
    private final RunCancellation cancellation;
    private final IdSource ids;
    private final Clock clock;
    private final RunReplay replays;

    RunController(EventIntake intake, RunRows runs, RunCancellation cancellation, IdSource ids, Clock clock,
                  RunReplay replays) {
        this.replays = replays;
        this.intake = intake;
        this.runs = runs;
        this.cancellation = cancellation;
        this.ids = ids;
        this.clock = clock;
    }

    /** A manual trigger; give {@code ref} to make retries of the same request idempotent. */
    record ManualRunRequest(@Size(max = 100) String propertyId, @Size(max = 200) String ref,
                            @Size(max = 2000) String note) {
    }

    record RunList(List<RunView> items, int page, int size, long total) {
    }

    @PostMapping("/api/agent/runs")
    ResponseEntity<IntakeResponse> trigger(@Valid @RequestBody(required = false) ManualRunRequest request,
                                           Principal principal) {
        var body = request == null ? new ManualRunRequest(null, null, null) : request;
        String ref = body.ref() == null || body.ref().isBlank() ? ids.next().toString() : body.ref();
        Map<String, Object> payload = body.note() == null ? Map.of("requestedBy", principal.getName())
                : Map.of("requestedBy", principal.getName(), "note", body.note());
        var event = new NewEvent(EventType.MANUAL_RUN, ref, body.propertyId(), clock.instant(), payload);
        return IntakeResponse.of(intake.accept(event, principal.getName()));
    }

    @GetMapping("/api/agent/runs")
    RunList list(@RequestParam(required = false) String status, @RequestParam(required = false) String propertyId,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (status != null && Arrays.stream(RunStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw new InvalidRequestException("status", "must be one of " + Arrays.toString(RunStatus.values()));
        }
        if (page < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        var result = runs.page(status, propertyId, page, size);
        return new RunList(result.runs().stream().map(RunView::of).toList(), page, size, result.total());
    }

    @GetMapping("/api/agent/runs/{id}")
    RunDetail get(@PathVariable UUID id) {
        var run = runs.byId(id).orElseThrow(() -> new NotFoundException("No run " + id));
        return RunDetail.of(run, runs.steps(id), runs.actions(id));
    }

    /** Today's planner and policy over the run's recorded inputs; no side effects. */
    @GetMapping("/api/agent/runs/{id}/replay")
    RunReplay.ReplayReport replay(@PathVariable UUID id) {
        return replays.replay(id).orElseThrow(() -> new NotFoundException("No run " + id));
    }

    @PostMapping("/api/agent/runs/{id}/cancel")
    RunView cancel(@PathVariable UUID id, Principal principal) {
        var outcome = cancellation.cancel(id, principal.getName());
        if (outcome instanceof RunCancellation.Outcome.NotFound) {
            throw new NotFoundException("No run " + id);
        }
        if (outcome instanceof RunCancellation.Outcome.AlreadyFinished finished) {
            throw new ConflictException("Run " + id + " is " + finished.status() + " and cannot be cancelled");
        }
        return RunView.of(runs.byId(id).orElseThrow());
    }
}
