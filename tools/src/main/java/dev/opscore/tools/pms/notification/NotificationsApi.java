package dev.opscore.tools.pms.notification;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.PmsHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Notifications ({@code /api/notifications*}). */
public interface NotificationsApi {

    @PostMapping("/api/notifications")
    Notification send(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @RequestBody NewNotification body);

    @GetMapping("/api/notifications")
    Page<Notification> list(@RequestParam(name = "recipientId", required = false) String recipientId,
                            @RequestParam(name = "page", defaultValue = "0") int page,
                            @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/notifications/{id}")
    Notification get(@PathVariable("id") String id);
}
