/**
 * JMH benchmarks for OpsCore. {@link dev.opscore.ops.bench.PolicyDecisionBenchmark} measures policy
 * decisions per second on one thread. Build and run from the repository root as described in
 * {@code ops/README.md}.
 */
package dev.opscore.ops.bench;
