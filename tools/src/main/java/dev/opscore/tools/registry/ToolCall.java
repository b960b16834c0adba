package dev.opscore.tools.registry;

import dev.opscore.policy.ActionType;
import java.util.Map;

/**
 * A tool call that succeeded: the typed output for the runtime, and redacted copies of request and
 * response (JSON-able maps with personal data masked) for {@code agent_action_log}.
 *
 * @param toolName       the tool's stable name
 * @param actionType     the action type the call was gated as
 * @param idempotencyKey the key sent (reads send none, but the key still names the call)
 * @param output         what the PMS answered, unredacted: never log it, log {@code response}
 * @param request        the redacted input
 * @param response       the redacted output
 */
public record ToolCall<O>(String toolName, ActionType actionType, String idempotencyKey, O output,
                          Map<String, Object> request, Map<String, Object> response) {
}
