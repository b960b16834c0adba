/** Leases ({@code LeasesApi}): read-only, seeded one per occupied unit. */
package dev.opscore.ops.sandbox.lease;
