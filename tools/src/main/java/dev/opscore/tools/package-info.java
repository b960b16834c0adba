/**
 * The PMS boundary: the contract ({@code pms}: one interface per resource family, Spring MVC
 * annotations, so the Feign clients and the sandbox serve the same paths), its Feign clients and
 * typed failures ({@code pms.client}), the tool registry of the agent runtime ({@code registry})
 * and the redaction of personal data for logs ({@code redaction}). See the module's README.
 */
package dev.opscore.tools;
