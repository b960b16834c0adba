/**
 * The simulated world. Advancing the sandbox clock ({@link WorldSimulator}) applies, in time order,
 * every happening that falls due: vendors answer dispatches and bid requests, come to (or miss)
 * their visits and finish their jobs; tenants answer satisfaction pings. Each {@link HappeningSource}
 * derives what will happen, and when, from the current rows and a {@code Random} seeded by the world's
 * seed and the happening's own key (work order, dispatch number, visit time …), so the outcome does
 * not depend on how the clock is stepped: advancing 60 minutes twice equals advancing 120 once.
 * Each happening is one transaction together with its webhooks in the outbox.
 */
package dev.opscore.ops.sandbox.world;
