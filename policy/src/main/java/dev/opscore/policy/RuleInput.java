package dev.opscore.policy;

/** Everything a rule may look at. */
record RuleInput(PolicyConfig config, Action action, boolean killSwitch) {
}
