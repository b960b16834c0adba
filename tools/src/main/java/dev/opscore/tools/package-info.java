/**
 * The PMS boundary: the contract (one interface per resource family, Spring MVC annotations, so
 * the Feign clients and the sandbox serve the same paths), its clients and the tool registry.
 */
package dev.opscore.tools;
