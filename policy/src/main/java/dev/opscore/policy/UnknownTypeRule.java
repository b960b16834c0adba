package dev.opscore.policy;

/**
 * Any type the engine does not know is blocked. The contract gives it no rule number; it is ranked
 * with rule 1, after the kill switch, so KILL_SWITCH_NOTIFY_ONLY always comes first.
 */
final class UnknownTypeRule implements Rule {

    static final int NUMBER = KillSwitchRule.NUMBER;

    @Override
    public void apply(RuleInput input, Findings findings) {
        if (input.action().is(ActionType.UNKNOWN)) {
            findings.restrict(NUMBER, Outcome.BLOCK, ReasonCode.UNKNOWN_ACTION_TYPE);
        }
    }
}
