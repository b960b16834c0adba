package dev.opscore.ops.simulator;

import dev.opscore.ops.simulator.driver.FaultPlan;
import dev.opscore.ops.simulator.driver.PolicyVariant;

/** One month to run: under which policy, with which PMS faults; {@code label} names its files. */
public record Variant(String label, PolicyVariant policy, FaultPlan faults) {

    public boolean withFaults() {
        return !faults.changes().isEmpty();
    }
}
