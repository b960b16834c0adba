package dev.opscore.jobs.maintenance;

import dev.opscore.db.event.EventRow;
import dev.opscore.db.run.RunRows;
import dev.opscore.jobs.runtime.SignalRouter;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.registry.MessageTools.MessageQuery;
import dev.opscore.tools.registry.MessageTools;
import dev.opscore.tools.registry.ToolRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Hands an event to the maintenance run waiting for it: vendor answers and status changes by work
 * order, tenant replies by thread. A tenant's reply is passed on as what it means (troubleshooting
 * fixed or not, a 1-5 rating), never as its text; a message on the same thread that answers neither
 * is a new request and gets a run of its own.
 */
@Component
class SignalRouting {

    private static final Pattern RATING = Pattern.compile("^\\s*([1-5])\\b");

    private final SignalRouter router;
    private final ToolRegistry tools;
    private final RunRows runs;

    SignalRouting(SignalRouter router, ToolRegistry tools, RunRows runs) {
        this.router = router;
        this.tools = tools;
        this.runs = runs;
    }

    Map<String, Object> route(EventRow event, UUID ownRunId) {
        Map<String, Object> payload = event.payload() == null ? Map.of() : event.payload();
        String key = "TENANT_MESSAGE".equals(event.type()) ? "thread:" + payload.get("threadId")
                : "wo:" + payload.get("workOrderId");
        Optional<UUID> holder = router.holder(key).filter(runId -> !runId.equals(ownRunId));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", key);
        out.put("deliveredTo", null);
        if (holder.isEmpty()) {
            return out;
        }
        Map<String, Object> signal = new LinkedHashMap<>(payload);
        signal.put("type", event.type());
        if ("TENANT_MESSAGE".equals(event.type())) {
            if (!waitsForTheTenant(holder.get())) {
                // the run on this thread is waiting for a vendor, not for this tenant: a new request
                return out;
            }
            Map<String, Object> meaning = meaningOfReply(ownRunId, payload);
            if (!Boolean.TRUE.equals(meaning.remove("answers"))) {
                // the tenant wrote about something else on the same thread: a new request of its own
                return out;
            }
            signal.putAll(meaning);
        }
        router.deliver(holder.get(), "event:" + event.id(), signal);
        out.put("deliveredTo", holder.get().toString());
        return out;
    }

    /** Whether the run is parked on a question it asked the tenant (troubleshooting steps, a rating). */
    private boolean waitsForTheTenant(UUID runId) {
        return runs.byId(runId).map(run -> "WAITING".equals(run.status()) && run.summary() != null
                && run.summary().startsWith("Waiting: " + MaintenanceWorkflow.TENANT_ANSWER)).orElse(false);
    }

    private Map<String, Object> meaningOfReply(UUID runId, Map<String, Object> payload) {
        String text = text(runId, (String) payload.get("threadId"), (String) payload.get("messageId"));
        Map<String, Object> meaning = new LinkedHashMap<>();
        Matcher rating = RATING.matcher(text == null ? "" : text);
        Integer stars = rating.find() ? Integer.valueOf(rating.group(1)) : null;
        meaning.put("kind", "TENANT_REPLY");
        meaning.put("fixed", Troubleshooting.fixedBy(text));
        meaning.put("rating", stars);
        meaning.put("answers", stars != null || Troubleshooting.answersSteps(text));
        return meaning;
    }

    private String text(UUID runId, String threadId, String messageId) {
        if (threadId == null || messageId == null) {
            return null;
        }
        Page<Message> messages = tools.invoke(MessageTools.MESSAGES_LIST, new MessageQuery(threadId, 0, 200), runId, 0)
                .output();
        return messages.items().stream().filter(m -> m.id().equals(messageId)).map(Message::body).findFirst().orElse(null);
    }
}
