package dev.opscore.app.intake;

import dev.opscore.app.web.InvalidRequestException;
import dev.opscore.jobs.intake.EventIntake;
import dev.opscore.jobs.intake.NewEvent;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/agent/events}: the internal event publisher's door (seed 3.3). */
@RestController
class EventController {

    static final int MAX_PAYLOAD_BYTES = 256 * 1024;

    private final EventIntake intake;
    private final JsonMapper json;

    EventController(EventIntake intake, JsonMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @PostMapping("/api/agent/events")
    ResponseEntity<IntakeResponse> publish(@Valid @RequestBody EventRequest request, Principal principal) {
        if (!request.type().publishable()) {
            throw new InvalidRequestException("type", request.type() + " is raised by OpsCore itself, not published");
        }
        int payloadBytes = json.writeValueAsString(request.payload()).getBytes(StandardCharsets.UTF_8).length;
        if (payloadBytes > MAX_PAYLOAD_BYTES) {
            throw new InvalidRequestException("payload", "is " + payloadBytes + " bytes; at most "
                    + MAX_PAYLOAD_BYTES + " (256 KiB) are accepted");
        }
        var event = new NewEvent(request.type(), request.ref(), request.propertyId(),
                request.occurredAt().toInstant(), request.payload());
        return IntakeResponse.of(intake.accept(event, principal.getName()));
    }
}
