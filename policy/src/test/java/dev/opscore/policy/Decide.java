package dev.opscore.policy;

/** Shorthands for evaluating in tests. */
final class Decide {

    private static final PolicyEngine ENGINE = new PolicyEngine();

    private Decide() {
    }

    static Decision withDefaults(ActionBuilder action) {
        return ENGINE.evaluate(PolicyConfig.defaults(), action.build(), false);
    }

    static Decision withKillSwitch(ActionBuilder action) {
        return ENGINE.evaluate(PolicyConfig.defaults(), action.build(), true);
    }

    static Decision with(PolicyConfig config, ActionBuilder action) {
        return ENGINE.evaluate(config, action.build(), false);
    }
}
