package dev.opscore.ops.simulator.metrics;

import dev.opscore.tools.registry.Tool;
import dev.opscore.tools.registry.Tools;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Actions outside policy: a PMS write that went through although its recorded policy decision was not
 * ALLOW and no manager approved that step ({@code APPROVED_BY_MANAGER} in the reasons), and any call at
 * all that went through under a BLOCK. Must be none.
 */
public final class PolicyAudit {

    private PolicyAudit() {
    }

    /** The tool registry's writes: every tool that is not READ. */
    public static Set<String> writeTools() {
        return Tools.all().stream().filter(tool -> !tool.readOnly()).map(Tool::name).collect(Collectors.toSet());
    }

    public static List<CallRecord> outsidePolicy(List<CallRecord> calls, Set<String> writeTools) {
        return calls.stream().filter(CallRecord::executed).filter(call -> blocked(call) || unapprovedWrite(call, writeTools))
                .toList();
    }

    private static boolean blocked(CallRecord call) {
        return "BLOCK".equals(call.policyDecision());
    }

    private static boolean unapprovedWrite(CallRecord call, Set<String> writeTools) {
        return writeTools.contains(call.tool()) && !"ALLOW".equals(call.policyDecision()) && !call.approvedByManager();
    }
}
