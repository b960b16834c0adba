/**
 * The demo portfolio, built reproducibly from a seed ({@code java.util.Random(seed)}, only here and
 * in the world): {@link PortfolioGenerator} makes it as values, {@code PortfolioWriter} stores it,
 * {@link SandboxReset} wipes the schema and rebuilds it ({@code POST /sandbox/reset}, and at first
 * start when the schema is empty). Same seed, same rows, ids included. With a property count
 * ({@code "properties"} in the reset, or {@code opscore.sandbox.properties}) it builds that many
 * buildings over six cities with city-local vendors; without one, the 3–4-building demo portfolio,
 * drawn exactly as it always was.
 */
package dev.opscore.ops.sandbox.seed;
