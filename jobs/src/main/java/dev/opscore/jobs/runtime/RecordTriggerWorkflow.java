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
    public String execute(RunContext context, RunJournal journal) {
        EventRow trigger = context.trigger();
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("eventId", trigger.id().toString());
        seen.put("type", trigger.type());
        seen.put("ref", trigger.ref());
        var stepId = journal.stepDone(context.run().id(), 0, NAME, seen, Map.of("recorded", true));
        journal.decision(context.run().id(), stepId, "workflow:" + NAME, seen, Map.of("outcome", "NO_ACTION"));
        return "Trigger " + trigger.type() + " recorded; no workflow acts on it yet";
    }
}
