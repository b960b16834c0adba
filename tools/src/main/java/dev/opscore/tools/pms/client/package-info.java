/**
 * The Feign clients of the PMS contract and their typed failures. Entry points:
 * {@link dev.opscore.tools.pms.client.PmsClientConfiguration} (Spring beans, settings
 * {@code opscore.pms.*}), {@link dev.opscore.tools.pms.client.PmsClients} (clients without
 * Spring) and {@link dev.opscore.tools.pms.client.PmsFailure} with its transient/permanent split.
 */
package dev.opscore.tools.pms.client;
