package dev.opscore.policy;

import java.util.Map;

/**
 * A validated policy configuration, typed. Build it from a merged JSON configuration with
 * {@link #fromMap(Map, String)}; the components' constructors enforce the same invariants, so an
 * invalid configuration cannot exist.
 */
public record PolicyConfig(SpendLimits spend, WorkOrderSettings workOrders, MessagingSettings messaging,
                           ComplianceSettings compliance, EscalationSettings escalation, LegalSettings legal,
                           FinancialSettings financial) {

    public PolicyConfig {
        Validation.required(spend, "spend");
        Validation.required(workOrders, "workOrders");
        Validation.required(messaging, "messaging");
        Validation.required(compliance, "compliance");
        Validation.required(escalation, "escalation");
        Validation.required(legal, "legal");
        Validation.required(financial, "financial");
    }

    /**
     * Validates and types a complete, already merged configuration (built-in defaults, stored
     * policies and any request overlay; see {@link ScopeResolution} and {@link ConfigMerge}).
     * Unknown keys, wrong JSON types, negative amounts or thresholds, unknown categories, intents
     * or channels, bad {@code HH:MM} times and out-of-order spend limits are rejected. A top-level
     * {@code killSwitch} key is ignored: the kill switch is not part of the configuration.
     *
     * @param merged      the configuration as untyped JSON (maps, lists, strings, numbers, booleans)
     * @param fieldPrefix the JSON path the configuration sits at, e.g. {@code "config"} or {@code "configJson"};
     *                    it starts every {@link PolicyValidationException#field()}
     * @throws PolicyValidationException naming the first invalid field
     */
    public static PolicyConfig fromMap(Map<String, Object> merged, String fieldPrefix) {
        return ConfigParser.parse(merged, fieldPrefix);
    }

    /** The built-in defaults, typed. */
    public static PolicyConfig defaults() {
        return fromMap(PolicyDefaults.asMap(), "defaults");
    }
}
