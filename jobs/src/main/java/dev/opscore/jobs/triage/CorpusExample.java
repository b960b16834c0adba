package dev.opscore.jobs.triage;

import dev.opscore.policy.Category;
import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import dev.opscore.tools.pms.message.MessageThread;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One labelled message of the triage corpus ({@code triage/corpus/*.jsonl}) or of an evaluation
 * file, with where it came from.
 *
 * @param source the file and line, e.g. {@code maintenance.jsonl:12}, for reports
 * @param family the group of variants (paraphrases, translations, near-identical boundary texts)
 *               this line belongs to, e.g. {@code maintenance-0042}: cross-validation never splits
 *               one (see {@link CorpusFamilies}); null when the file has none
 * @param style how an evaluation line was written (e.g. {@code terse}, {@code rambling}), or null
 * @param receivedAt when the message arrived, or null
 * @param timezone the property's IANA zone (e.g. {@code America/Chicago}), or null
 */
record CorpusExample(String source, String text, MessageThread.Channel channel, Intent intent, Category category,
                     Priority priority, List<RiskFlag> riskFlags, String language, String family, String style,
                     OffsetDateTime receivedAt, String timezone) {

    CorpusExample {
        riskFlags = List.copyOf(riskFlags);
    }

    /** A line without family, style or arrival context. */
    CorpusExample(String source, String text, MessageThread.Channel channel, Intent intent, Category category,
                  Priority priority, List<RiskFlag> riskFlags, String language) {
        this(source, text, channel, intent, category, priority, riskFlags, language, null, null, null, null);
    }

    /** The contract's escalation: any flag, or an EMERGENCY. */
    boolean escalate() {
        return !riskFlags.isEmpty() || priority == Priority.EMERGENCY;
    }

    /** The family, or the line itself when it has none: the unit cross-validation keeps whole. */
    String familyOrSource() {
        return family != null ? family : source;
    }
}
