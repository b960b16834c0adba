package dev.opscore.jobs.maintenance;

import dev.opscore.jobs.exception.ContextPack;
import dev.opscore.jobs.exception.ExceptionCategory;
import dev.opscore.jobs.exception.NewException;
import dev.opscore.jobs.exception.Severity;
import dev.opscore.jobs.runtime.RunView;
import dev.opscore.policy.Category;
import dev.opscore.policy.Decision;
import dev.opscore.policy.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The exceptions Workflow A raises, each with the context pack a manager decides from: severity and category by
 * priority, risk and reason, a plain summary, evidence, the decision asked and the recommendation. */
final class ExceptionDrafts {

    private final Situation sit;
    private final RunView view;
    private final Map<String, Object> triage;
    private final Category category;
    private final Priority priority;
    private final List<String> flags;

    ExceptionDrafts(Situation sit) {
        this.sit = sit;
        this.view = sit.view;
        this.triage = sit.triage;
        this.category = sit.category;
        this.priority = sit.priority;
        this.flags = sit.flags;
    }

    NewException held(Decision decision, String asked, String recommendation) {
        return heldWith(decision, asked, List.of(), asked, recommendation);
    }

    NewException heldWith(Decision decision, String summary, List<String> evidence, String asked,
                                  String recommendation) {
        List<String> codes = decision.reasons().stream().map(Enum::name).toList();
        boolean killSwitch = codes.contains("KILL_SWITCH_NOTIFY_ONLY");
        Severity severity = priority == Priority.EMERGENCY ? Severity.CRITICAL
                : killSwitch || codes.stream().anyMatch(ExceptionDrafts::spendHeld) ? Severity.HIGH : Severity.MEDIUM;
        ExceptionCategory category = killSwitch ? ExceptionCategory.SYSTEM
                : priority == Priority.EMERGENCY || flags.contains("SAFETY") ? ExceptionCategory.SAFETY
                : codes.stream().anyMatch(c -> c.startsWith("RISK_FLAG_LEGAL") || c.startsWith("LEGAL")) ? ExceptionCategory.LEGAL
                : codes.stream().anyMatch(ExceptionDrafts::spendHeld) ? ExceptionCategory.FINANCIAL
                : riskCategory();
        List<String> allEvidence = new ArrayList<>(evidence);
        allEvidence.addAll(Facts.strings(triage, "evidence"));
        return new NewException(view.run().id(), view.run().propertyId(), severity, category,
                (killSwitch ? "Autonomy off: " : "Approval needed: ") + summary,
                new ContextPack(summary + ". Tenant issue: " + this.category + " (" + priority + ")"
                        + (flags.isEmpty() ? "" : ", risk " + flags) + ".", allEvidence, codes, asked,
                        recommendation), view.now().plus(responseTime()));
    }

    /** Evidence and reason code of a message escalated by the triage classifier's doubt. */
    static final String UNSURE_RISK = "UNSURE_RISK";

    NewException exception(Severity severity, ExceptionCategory category, String title, String summary,
                                   List<String> reasonCodes, String asked, String recommendation) {
        List<String> codes = new ArrayList<>(reasonCodes);
        flags.forEach(f -> codes.add("RISK_FLAG_" + f));
        if (Facts.strings(triage, "evidence").stream().anyMatch(e -> e.startsWith(UNSURE_RISK))) {
            // the classifier was unsure the message is safe to leave alone: say so, a person decides
            codes.add(UNSURE_RISK);
        }
        if (priority == Priority.EMERGENCY) {
            codes.add("EMERGENCY_ESCALATION");
        }
        return new NewException(view.run().id(), view.run().propertyId(), severity, category, title,
                new ContextPack(summary, Facts.strings(triage, "evidence"), codes, asked, recommendation),
                view.now().plus(responseTime()));
    }

    ExceptionCategory riskCategory() {
        if (flags.contains("SAFETY")) {
            return ExceptionCategory.SAFETY;
        }
        if (flags.contains("LEGAL") || flags.contains("FAIR_HOUSING") || flags.contains("HARASSMENT")) {
            return ExceptionCategory.LEGAL;
        }
        return ExceptionCategory.SLA;
    }

    Duration responseTime() {
        return switch (priority) {
            case EMERGENCY -> Duration.ofMinutes(15);
            case URGENT -> Duration.ofHours(4);
            case ROUTINE -> Duration.ofHours(24);
        };
    }


    /** A spend rule that held the step (the passed check SPEND_WITHIN_AUTO_LIMIT is not one). */
    private static boolean spendHeld(String code) {
        return "SPEND_REQUIRES_APPROVAL".equals(code) || "SPEND_HARD_BLOCK".equals(code);
    }
}
