/**
 * The month's scenario: a portfolio's tenant messages (each with its ground truth by the triage
 * contract), incidents, PM tasks falling due and tenants' answers to troubleshooting, generated from
 * a seed by {@link dev.opscore.ops.simulator.scenario.MonthScenario}. Plain Java, no I/O, no clock.
 * The messages come from templates of this package only, never from the triage training corpus, so
 * that the simulated month measures the classifier on text it has not seen.
 */
package dev.opscore.ops.simulator.scenario;
