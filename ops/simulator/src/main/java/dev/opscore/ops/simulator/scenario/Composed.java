package dev.opscore.ops.simulator.scenario;

/** A composed message: its text, its truth, and the repair it is primarily about (null if none). */
record Composed(String text, GroundTruth truth, Problem problem) {

    TroubleshootingKind troubleshooting() {
        return problem == null || problem.kind() == null ? TroubleshootingKind.OTHER : problem.kind();
    }
}
