package dev.opscore.policy;

/** Rule 9: a message to a tenant whose intent is absent or not auto-allowed needs approval. */
final class IntentRule implements Rule {

    static final int NUMBER = 9;

    @Override
    public void apply(RuleInput input, Findings findings) {
        Action action = input.action();
        if (TenantMessages.isMessageToTenant(action) && !isAutoAllowed(action, input.config())) {
            findings.restrict(NUMBER, Outcome.APPROVAL, ReasonCode.INTENT_NOT_AUTO_ALLOWED);
        }
    }

    private static boolean isAutoAllowed(Action action, PolicyConfig config) {
        return action.intent() != null && config.messaging().allowedAutoIntents().contains(action.intent());
    }
}
