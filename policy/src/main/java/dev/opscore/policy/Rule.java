package dev.opscore.policy;

/**
 * One rule of the contract. A rule that applies adds its codes to the findings; rules never
 * short-circuit one another.
 */
sealed interface Rule permits KillSwitchRule, UnknownTypeRule, LegalRule, FinancialRule, SpendRule, CategoryRule,
        EmergencyRule, VendorCapacityRule, RiskFlagRule, IntentRule, QuietHoursRule, ComplianceRule {

    void apply(RuleInput input, Findings findings);
}
