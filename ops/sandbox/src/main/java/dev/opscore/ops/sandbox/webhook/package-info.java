/**
 * What the simulated world tells OpsCore: each happening becomes a {@link Webhook} row in
 * {@code sandbox.webhook_outbox} in the transaction of the happening itself, then is POSTed to
 * {@code opscore.sandbox.webhook-url} (default: this application's {@code /api/agent/events}) with
 * the service token, on one background thread, in order. Failures are logged without payloads and
 * kept as undelivered rows with their attempts; they are retried at every clock advance and by
 * {@code POST /sandbox/webhooks/redeliver}. {@code GET /sandbox/webhooks} lists them.
 */
package dev.opscore.ops.sandbox.webhook;
