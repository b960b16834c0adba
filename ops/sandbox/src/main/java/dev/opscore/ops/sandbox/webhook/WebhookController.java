package dev.opscore.ops.sandbox.webhook;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sandbox/webhooks?delivered=}: what the world sent (or tried to);
 * {@code POST /sandbox/webhooks/redeliver}: every undelivered one again, however often it failed.
 */
@RestController
@ConditionalOnSandbox
class WebhookController {

    private final WebhookOutbox outbox;
    private final WebhookSender sender;

    WebhookController(WebhookOutbox outbox, WebhookSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/sandbox/webhooks")
    Page<OutboxRow> list(@RequestParam(name = "delivered", required = false) Boolean delivered,
                         @RequestParam(name = "page", defaultValue = "0") int page,
                         @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size) {
        return outbox.list(delivered, Paging.of(page, size));
    }

    @PostMapping("/sandbox/webhooks/redeliver")
    Map<String, Integer> redeliver() {
        return Map.of("queued", sender.redeliver(Integer.MAX_VALUE));
    }
}
