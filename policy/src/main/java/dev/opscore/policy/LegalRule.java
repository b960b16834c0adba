package dev.opscore.policy;

/** Rule 2: irreversible legal actions are blocked, or need approval when enabled; never ALLOW. */
final class LegalRule implements Rule {

    static final int NUMBER = 2;

    @Override
    public void apply(RuleInput input, Findings findings) {
        if (!input.action().type().isIrreversibleLegal()) {
            return;
        }
        if (input.config().legal().autonomousActionsEnabled()) {
            findings.restrict(NUMBER, Outcome.APPROVAL, ReasonCode.LEGAL_ACTION_REQUIRES_APPROVAL);
        } else {
            findings.restrict(NUMBER, Outcome.BLOCK, ReasonCode.LEGAL_ACTION_NOT_ENABLED);
        }
    }
}
