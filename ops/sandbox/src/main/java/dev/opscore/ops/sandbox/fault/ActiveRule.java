package dev.opscore.ops.sandbox.fault;

import java.util.Random;
import org.springframework.util.AntPathMatcher;

/** A rule in force, with the counts of failures it still owes. Guarded by {@link FaultRules}' lock. */
final class ActiveRule {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final FaultRule rule;
    private final int index;
    private int tooManyLeft;
    private int failLeft;

    ActiveRule(FaultRule rule, int index) {
        this.rule = rule;
        this.index = index;
        this.tooManyLeft = rule.tooManyRequests() == null ? 0 : rule.tooManyRequests();
        this.failLeft = rule.failNext() == null ? 0 : rule.failNext();
    }

    boolean matches(String method, String path) {
        return (rule.method() == null || rule.method().equalsIgnoreCase(method)) && PATHS.match(rule.path(), path);
    }

    FaultDecision decide(Random random) {
        String name = "rule " + index + " (" + rule.path() + ")";
        long latency = rule.latencyMs() == null ? 0 : rule.latencyMs();
        if (rule.timeoutMs() != null && rule.timeoutMs() > 0) {
            return new FaultDecision(latency + rule.timeoutMs(), 504, name);
        }
        if (tooManyLeft > 0) {
            tooManyLeft--;
            return new FaultDecision(latency, 429, name);
        }
        if (failLeft > 0) {
            failLeft--;
            return new FaultDecision(latency, rule.statusOrDefault(), name);
        }
        if (rule.errorRate() != null && rule.errorRate() > 0 && random.nextDouble() < rule.errorRate()) {
            return new FaultDecision(latency, rule.statusOrDefault(), name);
        }
        return new FaultDecision(latency, 0, name);
    }

    /** The rule as it stands now: its counts are what is left. */
    FaultRule current() {
        return new FaultRule(rule.method(), rule.path(), rule.errorRate(), rule.status(),
                rule.failNext() == null ? null : failLeft, rule.latencyMs(), rule.timeoutMs(),
                rule.tooManyRequests() == null ? null : tooManyLeft);
    }
}
