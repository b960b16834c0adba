package dev.opscore.app.intake;

import dev.opscore.jobs.intake.IntakeResult;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the intake answers: 202 for a new trigger, 200 with the existing ids for a duplicate. */
public record IntakeResponse(UUID eventId, UUID runId, String status) {

    public static ResponseEntity<IntakeResponse> of(IntakeResult result) {
        boolean accepted = result instanceof IntakeResult.Accepted;
        return ResponseEntity.status(accepted ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/agent/runs/" + result.runId()))
                .body(new IntakeResponse(result.eventId(), result.runId(), accepted ? "ACCEPTED" : "DUPLICATE"));
    }
}
