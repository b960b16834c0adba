/**
 * Inspections ({@code InspectionsApi}): scheduled in the future of the sandbox clock (MOVE_IN and
 * MOVE_OUT need a unit), completed once with findings (a second result is a 409).
 */
package dev.opscore.ops.sandbox.inspection;
