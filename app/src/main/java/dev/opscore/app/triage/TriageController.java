package dev.opscore.app.triage;

import dev.opscore.db.audit.AuditTrail;
import dev.opscore.jobs.triage.TriageClassifier;
import dev.opscore.jobs.triage.TriageInput;
import dev.opscore.jobs.triage.TriageInput.TriageContext;
import dev.opscore.jobs.triage.TriageResult;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/agent/triage}: a dry run of the triage classifier. It classifies and answers;
 * it writes one audit row and nothing else, and sends nothing. With a {@code propertyId} it reads the
 * property's zone from the PMS, so that {@code receivedAt} falls in that property's season.
 */
@RestController
class TriageController {

    private final TriageClassifier classifier;
    private final AuditTrail audit;
    private final Clock clock;
    private final PropertyZones zones;

    TriageController(TriageClassifier classifier, AuditTrail audit, Clock clock, PropertyZones zones) {
        this.classifier = classifier;
        this.audit = audit;
        this.clock = clock;
        this.zones = zones;
    }

    @PostMapping("/api/agent/triage")
    TriageResult triage(@Valid @RequestBody TriageRequest request, Principal principal) {
        TriageContext context = new TriageContext(zones.of(request.propertyId()), null);
        TriageResult result = classifier.classify(new TriageInput(request.text(), request.channel(),
                request.receivedAt(), request.propertyId(), context));
        audit.append(principal.getName(), "TRIAGE_DRY_RUN",
                request.propertyId() == null ? "triage" : "property:" + request.propertyId(),
                auditDetails(request, result), clock.instant());
        return result;
    }

    /** What was decided, never what was written: the message text is personal data. */
    private static Map<String, Object> auditDetails(TriageRequest request, TriageResult result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("intent", result.intent());
        details.put("category", result.category());
        details.put("priority", result.priority());
        details.put("riskFlags", result.riskFlags());
        details.put("escalate", result.escalate());
        details.put("textLength", request.text().length());
        return details;
    }
}
