package dev.opscore.ops.simulator.scenario;

import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.Set;

/**
 * One issue of a message: its intent, the problem it is about (a new repair or a follow-up; null
 * otherwise), its flags and its words.
 */
record Part(Intent intent, Problem problem, Set<RiskFlag> flags, String clause) {

    static Part repair(Problem problem, String clause) {
        return new Part(Intent.MAINTENANCE_INTAKE, problem, problem.flags(), clause);
    }

    static Part followUp(Problem problem, String clause) {
        return new Part(Intent.STATUS_UPDATE, problem, Set.of(), clause);
    }

    static Part topic(Topic topic, String clause) {
        return new Part(topic.intent(), null, topic.flags(), clause);
    }

    /**
     * Which issue is primary, lowest first (triage.md: a safety issue beats everything, a new repair
     * beats the rest): anything with SAFETY, then an emergency, then repairs by priority, then the rest.
     */
    int rank() {
        if (flags.contains(RiskFlag.SAFETY)) {
            return 0;
        }
        if (intent != Intent.MAINTENANCE_INTAKE) {
            return 10;
        }
        return 1 + problem.priority().ordinal();
    }

    Priority priority() {
        return intent == Intent.MAINTENANCE_INTAKE ? problem.priority() : null;
    }
}
