/**
 * The demo portfolio, built reproducibly from a seed ({@code java.util.Random(seed)}, only here and
 * in the world): {@link PortfolioGenerator} makes it as values, {@code PortfolioWriter} stores it,
 * {@link SandboxReset} wipes the schema and rebuilds it ({@code POST /sandbox/reset}, and at first
 * start when the schema is empty). Same seed, same rows, ids included.
 */
package dev.opscore.ops.sandbox.seed;
