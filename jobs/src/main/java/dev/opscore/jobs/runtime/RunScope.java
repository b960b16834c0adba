package dev.opscore.jobs.runtime;

import dev.opscore.db.run.RunRow;
import java.util.Map;

/** The policy scope of a run, from its stored context bundle (the property's portfolio and zone). */
final class RunScope {

    /** The name of the step whose output is the run's context bundle, stored with the run. */
    static final String CONTEXT_STEP = "read-context";

    private RunScope() {
    }

    static PolicyGate.Scope of(RunRow run) {
        Map<String, Object> context = run.context() == null ? Map.of() : run.context();
        Object property = context.get("property");
        if (property instanceof Map<?, ?> p) {
            return new PolicyGate.Scope(text(p.get("portfolioId")), run.propertyId(), text(p.get("timezone")));
        }
        return new PolicyGate.Scope(null, run.propertyId(), null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
