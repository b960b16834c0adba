package dev.opscore.ops.sandbox.fault;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.clock.SandboxClock;
import dev.opscore.ops.sandbox.seed.WorldReset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The rules in force, in memory (a restart or a reset clears them). */
@Component
@ConditionalOnSandbox
class FaultRules {

    private static final long SALT = 0x5EEDFA17L;

    private final SandboxClock clock;
    private List<ActiveRule> rules = List.of();
    private Random random = new Random(SALT);

    FaultRules(SandboxClock clock) {
        this.clock = clock;
    }

    synchronized void replace(List<FaultRule> next) {
        List<ActiveRule> active = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            active.add(new ActiveRule(next.get(i), i));
        }
        rules = List.copyOf(active);
        random = new Random(clock.state().seed() ^ SALT);
    }

    synchronized List<FaultRule> current() {
        return rules.stream().map(ActiveRule::current).toList();
    }

    synchronized FaultDecision decide(String method, String path) {
        for (ActiveRule rule : rules) {
            if (rule.matches(method, path)) {
                return rule.decide(random);
            }
        }
        return FaultDecision.NONE;
    }

    @EventListener
    synchronized void onReset(WorldReset reset) {
        rules = List.of();
    }
}
