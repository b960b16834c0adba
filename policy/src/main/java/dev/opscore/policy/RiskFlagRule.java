package dev.opscore.policy;

import java.util.List;

/**
 * Rule 8: each risk flag on a message to a tenant needs approval, in the request's order. A lone
 * LEGAL flag is dropped when {@code legalKeywordsEscalate} is false. SAFETY on an emergency
 * maintenance intake goes out at once with escalation instead ({@code EMERGENCY_SAFETY_NOTICE}).
 */
final class RiskFlagRule implements Rule {

    static final int NUMBER = 8;

    @Override
    public void apply(RuleInput input, Findings findings) {
        Action action = input.action();
        if (!TenantMessages.isMessageToTenant(action) || isLoneIgnoredLegalFlag(action, input.config())) {
            return;
        }
        for (RiskFlag flag : action.riskFlags()) {
            if (flag == RiskFlag.SAFETY && isEmergencySafetyNotice(action)) {
                findings.passWithEscalation(NUMBER, ReasonCode.EMERGENCY_SAFETY_NOTICE);
            } else {
                findings.restrict(NUMBER, Outcome.APPROVAL, flag.reasonCode());
            }
        }
    }

    private static boolean isLoneIgnoredLegalFlag(Action action, PolicyConfig config) {
        return !config.messaging().legalKeywordsEscalate() && action.riskFlags().equals(List.of(RiskFlag.LEGAL));
    }

    /** The exception that never leaves a tenant in danger waiting. */
    private static boolean isEmergencySafetyNotice(Action action) {
        return action.hasIntent(Intent.MAINTENANCE_INTAKE) && action.hasPriority(Priority.EMERGENCY);
    }
}
