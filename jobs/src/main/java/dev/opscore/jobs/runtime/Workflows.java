package dev.opscore.jobs.runtime;

import dev.opscore.db.event.EventRow;
import java.util.List;
import org.springframework.stereotype.Component;

/** The workflows in order of precedence; the first that handles a trigger owns its run. */
@Component
public class Workflows {

    private final List<Workflow> ordered;

    public Workflows(List<Workflow> ordered) {
        this.ordered = List.copyOf(ordered);
    }

    public Workflow forTrigger(EventRow trigger) {
        return ordered.stream().filter(w -> w.handles(trigger)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No workflow handles " + trigger.type()));
    }

    public Workflow named(String name) {
        return ordered.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No workflow named " + name));
    }
}
