package dev.opscore.jobs.runtime;

import dev.opscore.db.event.EventRow;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The fallback workflow: records that the trigger was seen, in one step, and does nothing else.
 * It runs every trigger no other workflow handles (until the workflows of later issues exist).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RecordTriggerWorkflow implements Workflow {

    static final String NAME = "record-trigger";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(EventRow trigger) {
        return true;
    }

    @Override
    public Next next(RunView view) {
        if (view.done(NAME)) {
            EventRow trigger = view.trigger();
            return new Next.Finish(RunStatus.COMPLETED,
                    "Trigger " + (trigger == null ? "manual" : trigger.type()) + " recorded; no workflow acts on it yet",
                    null);
        }
        Map<String, Object> seen = new LinkedHashMap<>();
        EventRow trigger = view.trigger();
        if (trigger != null) {
            seen.put("eventId", trigger.id().toString());
            seen.put("type", trigger.type());
            seen.put("ref", trigger.ref());
        }
        return new Next.Compute(NAME, seen, () -> Map.of("recorded", true, "outcome", "NO_ACTION"));
    }
}
