/**
 * JMH benchmarks for OpsCore. {@link dev.opscore.ops.bench.PolicyDecisionBenchmark} measures policy
 * decisions per second on one thread; {@link dev.opscore.ops.bench.TriageClassifyBenchmark} the latency
 * (p50, p99) of classifying one tenant message. Build and run from the repository root as described in
 * {@code ops/README.md} and the root README's "Measured" table.
 */
package dev.opscore.ops.bench;
