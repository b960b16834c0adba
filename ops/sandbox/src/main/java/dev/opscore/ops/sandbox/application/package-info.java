/** Rental applications ({@code ApplicationsApi}): read-only, a few seeded per property. */
package dev.opscore.ops.sandbox.application;
