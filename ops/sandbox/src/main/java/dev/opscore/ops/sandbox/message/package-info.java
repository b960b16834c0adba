/**
 * Message threads with tenants ({@code MessagesApi}). An OUTBOUND message moves its thread to
 * WAITING_ON_TENANT, an INBOUND one back to OPEN; a CLOSED thread takes no messages (409). An
 * OUTBOUND message that asks the tenant to rate the work ({@link SatisfactionPing}) is answered by
 * the simulated tenant. {@link TenantMessages} is how the world and {@code /sandbox/tenants/{id}/messages}
 * write as a tenant.
 */
package dev.opscore.ops.sandbox.message;
