/**
 * Work orders and their bids ({@code WorkOrdersApi}). {@link WorkOrderLifecycle} is the one place a
 * work order changes status, for the API and the simulated world alike: it applies
 * {@code WorkOrderStatus}'s table (an illegal move is a 409 naming {@code from} and {@code to}), the
 * rules of entering a status (a dispatch counts, TRIAGED releases the vendor …) and the vendor's
 * eligibility for a dispatch.
 */
package dev.opscore.ops.sandbox.workorder;
