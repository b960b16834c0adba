/**
 * Properties, units and tenants ({@code PropertiesApi}): read-only through the contract, written by
 * the seed. {@link PropertyRows} is also how other features check the references a body names.
 */
package dev.opscore.ops.sandbox.property;
