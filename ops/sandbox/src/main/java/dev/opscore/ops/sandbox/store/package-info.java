/**
 * The sandbox's storage plumbing: its own Flyway migration of schema {@code sandbox}
 * ({@code classpath:db/sandbox}), transactions on the application's DataSource without defining a
 * transaction manager bean, reproducible ids, and JSON and time column helpers.
 */
package dev.opscore.ops.sandbox.store;
