/**
 * Compliance items ({@code ComplianceApi}): obligations with due dates, seeded per property. An
 * update links a work order or moves the status; COMPLETED stamps {@code completedAt}. The
 * {@code dueBefore} filter is inclusive (due on or before that date).
 */
package dev.opscore.ops.sandbox.compliance;
