/**
 * The sandbox PMS: a reference implementation of the PMS contract ({@code dev.opscore.tools.pms})
 * on PostgreSQL (schema {@code sandbox}), with a simulated world of vendors and tenants driven by
 * its own clock, webhooks to OpsCore's event intake and fault injection. It is active only in a
 * servlet web application whose {@code opscore.pms.base-url} is blank ({@link ConditionalOnSandbox}),
 * and then serves the contract's paths in-process. {@link SandboxConfiguration} is the entry point
 * for an application that does not scan {@code dev.opscore}.
 */
package dev.opscore.ops.sandbox;
