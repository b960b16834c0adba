/**
 * The policy engine: decides whether the agent may take an action on its own (ALLOW), needs a
 * manager's approval (APPROVAL) or must not act (BLOCK).
 *
 * <p>Plain Java with no Spring, no I/O, no clock and no randomness: the same configuration,
 * action and context always give the same {@link dev.opscore.policy.Decision}. The caller passes
 * the time and the stored policies. Entry points: {@link dev.opscore.policy.PolicyEvaluation} (the
 * whole dry run from an untyped JSON body), {@link dev.opscore.policy.PolicyEngine} (typed
 * evaluation), {@link dev.opscore.policy.ScopeResolution}, {@link dev.opscore.policy.ConfigMerge}
 * and {@link dev.opscore.policy.PolicyDefaults}. The contract is {@code shared/spec/policy.md}.
 */
package dev.opscore.policy;
