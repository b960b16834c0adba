/**
 * Preventive-maintenance schedules ({@code PmSchedulesApi}). A completion moves the next due date to
 * the completion date plus the interval; a completion dated after today (in the property's zone,
 * by the sandbox clock) is refused, as is one of an inactive schedule (409). {@code dueBefore} is
 * inclusive.
 */
package dev.opscore.ops.sandbox.pm;
