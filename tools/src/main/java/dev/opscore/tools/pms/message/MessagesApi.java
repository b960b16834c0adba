package dev.opscore.tools.pms.message;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.PmsHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Message threads with tenants ({@code /api/messages/threads*}). */
public interface MessagesApi {

    @PostMapping("/api/messages/threads")
    MessageThread openThread(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @RequestBody NewThread body);

    @GetMapping("/api/messages/threads")
    Page<MessageThread> listThreads(@RequestParam(name = "propertyId", required = false) String propertyId,
                                    @RequestParam(name = "tenantId", required = false) String tenantId,
                                    @RequestParam(name = "page", defaultValue = "0") int page,
                                    @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @GetMapping("/api/messages/threads/{id}")
    MessageThread getThread(@PathVariable("id") String id);

    @GetMapping("/api/messages/threads/{id}/messages")
    Page<Message> listMessages(@PathVariable("id") String threadId,
                               @RequestParam(name = "page", defaultValue = "0") int page,
                               @RequestParam(name = "size", defaultValue = Page.DEFAULT_SIZE) int size);

    @PostMapping("/api/messages/threads/{id}/messages")
    Message post(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey, @PathVariable("id") String threadId,
                 @RequestBody NewMessage body);

    @PostMapping("/api/messages/threads/{id}/status")
    MessageThread changeStatus(@RequestHeader(PmsHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                               @PathVariable("id") String threadId, @RequestBody ThreadStatusChange body);
}
