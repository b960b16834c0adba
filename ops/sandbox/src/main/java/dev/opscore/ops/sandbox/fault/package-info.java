/**
 * Fault injection in front of the contract's paths (never {@code /sandbox/**}), set at run time with
 * {@code PUT /sandbox/faults} (a list of {@link FaultRule}s), read with {@code GET}, cleared with
 * {@code DELETE} or a reset. The first rule that matches a call decides it. Error-rate draws come
 * from a {@code Random} seeded by the world's seed when the rules are set, so a run is repeatable.
 */
package dev.opscore.ops.sandbox.fault;
