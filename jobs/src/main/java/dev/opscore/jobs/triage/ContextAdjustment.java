package dev.opscore.jobs.triage;

import java.util.ArrayList;
import java.util.List;

/** A decision after what the text alone does not carry (season, thread), with what that added to the evidence. */
record ContextAdjustment(TriageDecision decision, List<String> evidence) {

    ContextAdjustment {
        evidence = List.copyOf(evidence);
    }

    static ContextAdjustment unchanged(TriageDecision decision) {
        return new ContextAdjustment(decision, List.of());
    }

    /** The thread's category first, then the season, which only adds risk on top. */
    static ContextAdjustment of(TriageDecision decision, String normalised, TriageInput input) {
        ContextAdjustment thread = ThreadContext.apply(decision, normalised, input);
        ContextAdjustment season = SeasonalContext.apply(thread.decision(), normalised, input);
        List<String> evidence = new ArrayList<>(thread.evidence());
        evidence.addAll(season.evidence());
        return new ContextAdjustment(season.decision(), evidence);
    }
}
