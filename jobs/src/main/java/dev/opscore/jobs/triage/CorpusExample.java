package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import dev.opscore.tools.pms.message.MessageThread;
import java.util.List;

/**
 * One labelled message of the triage corpus ({@code triage/corpus/*.jsonl}), with where it came from.
 *
 * @param source the corpus file and line, e.g. {@code maintenance.jsonl:12}, for reports
 */
record CorpusExample(String source, String text, MessageThread.Channel channel, Intent intent, Category category,
                     Priority priority, List<RiskFlag> riskFlags, String language) {

    CorpusExample {
        riskFlags = List.copyOf(riskFlags);
    }

    /** The contract's escalation: any flag, or an EMERGENCY. */
    boolean escalate() {
        return !riskFlags.isEmpty() || priority == Priority.EMERGENCY;
    }
}
