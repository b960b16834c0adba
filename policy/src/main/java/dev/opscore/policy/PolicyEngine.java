package dev.opscore.policy;

import java.util.List;
import java.util.Objects;

/**
 * Evaluates one action against one configuration: pure, deterministic and total. Every rule that
 * applies contributes; the outcome is the most restrictive contribution. Thread-safe and
 * stateless: one instance may be shared.
 *
 * <p>Caller's responsibilities: resolve and validate the configuration ({@link ScopeResolution},
 * {@link PolicyConfig#fromMap}), supply the action's time ({@link Action#at()}) from its own
 * clock, and pass the effective kill switch (the request's override if any, else the stored global flag).
 */
public final class PolicyEngine {

    /** Contract order; quiet hours last because it looks at the outcome of the others. */
    private final List<Rule> rules = List.of(
            new KillSwitchRule(), new UnknownTypeRule(), new LegalRule(), new FinancialRule(), new SpendRule(),
            new CategoryRule(), new EmergencyRule(), new VendorCapacityRule(), new RiskFlagRule(), new IntentRule(),
            new ComplianceRule(), new QuietHoursRule());

    /** Decides; never throws for a policy "no" (that is a BLOCK decision). Arguments must not be null. */
    public Decision evaluate(PolicyConfig config, Action action, boolean killSwitch) {
        RuleInput input = new RuleInput(Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(action, "action"), killSwitch);
        Findings findings = new Findings();
        for (Rule rule : rules) {
            rule.apply(input, findings);
        }
        return findings.decide();
    }
}
