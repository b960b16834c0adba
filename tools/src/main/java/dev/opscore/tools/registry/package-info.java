/**
 * The tool registry of the agent runtime: every PMS call as a {@link dev.opscore.tools.registry.Tool}
 * with a stable name, typed input, policy action type and a deterministic idempotency key;
 * {@link dev.opscore.tools.registry.ToolRegistry} invokes them and returns redacted copies for the
 * action log. The tool constants are grouped by resource family ({@code *Tools}).
 */
package dev.opscore.tools.registry;
