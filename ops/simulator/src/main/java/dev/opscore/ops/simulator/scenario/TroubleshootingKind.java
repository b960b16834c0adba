package dev.opscore.ops.simulator.scenario;

/**
 * The problems a tenant can usually fix with a first step (the maintenance workflow's own list:
 * reset a GFCI or breaker, reset the disposal, change the thermostat's batteries, rinse the aerator),
 * and OTHER for anything else steps were sent for.
 */
public enum TroubleshootingKind {
    BREAKER_OR_GFCI, DISPOSAL_RESET, THERMOSTAT_BATTERIES, CLOGGED_AERATOR, OTHER
}
