/**
 * Vendors ({@code VendorsApi}): trades, coverage, rates, capacity and ratings, plus each vendor's
 * behaviour in the simulated world ({@link VendorBehaviour}, never served through the contract;
 * {@code GET}/{@code PUT /sandbox/vendors/{id}/behaviour} to read or script it). {@link VendorEligibility}
 * says whether a vendor may take a work order.
 */
package dev.opscore.ops.sandbox.vendor;
