/**
 * {@code Idempotency-Key} on every write of the contract, like Stripe's API. A servlet filter in
 * front of the contract's paths runs each write in one transaction that first claims the key
 * ({@code INSERT ... ON CONFLICT}) and at the end stores the response with it. A duplicate with the
 * same method, path and body gets the stored status and body again ({@code Idempotent-Replayed: true})
 * and causes nothing; the same key with another method, path or body is a 422; a concurrent
 * duplicate waits on the first one's key row and then replays it, so exactly one effect happens.
 * Only successful (2xx) responses are kept: a refused or failed write had no effect and may be
 * retried with its key. Keys are global (not per caller) and kept 24 hours of sandbox time.
 */
package dev.opscore.ops.sandbox.idempotency;
