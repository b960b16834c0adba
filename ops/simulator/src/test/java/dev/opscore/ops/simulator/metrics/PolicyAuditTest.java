package dev.opscore.ops.simulator.metrics;

import static dev.opscore.ops.simulator.metrics.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyAuditTest {

    private final Set<String> writes = PolicyAudit.writeTools();

    @Test
    void theWriteToolsAreTheRegistrysNonReadTools() {
        assertThat(writes).contains("workorders.create", "workorders.assign", "messages.post", "bids.accept",
                "notifications.send").doesNotContain("workorders.get", "vendors.list", "messages.list");
    }

    @Test
    void allowedWritesAndManagerApprovedStepsAreWithinPolicy() {
        // given
        List<CallRecord> calls = List.of(
                call().build(),
                call().tool("workorders.assign").decided("APPROVAL", "SPEND_REQUIRES_APPROVAL,APPROVED_BY_MANAGER").build(),
                call().tool("workorders.get").decided(null, null).build(),
                call().tool("messages.post").decided("APPROVAL", "RISK_FLAG_LEGAL").failed().build());
        // when
        List<CallRecord> outside = PolicyAudit.outsidePolicy(calls, writes);
        // then
        assertThat(outside).isEmpty();
    }

    @Test
    void aWriteThatWentThroughWithoutAllowOrApprovalIsOutsidePolicy() {
        // given
        CallRecord held = call().tool("bids.accept").decided("APPROVAL", "SPEND_REQUIRES_APPROVAL").build();
        CallRecord ungated = call().tool("messages.post").decided(null, null).build();
        // when
        List<CallRecord> outside = PolicyAudit.outsidePolicy(List.of(held, ungated), writes);
        // then
        assertThat(outside).containsExactly(held, ungated);
    }

    @Test
    void anythingThatWentThroughUnderBlockIsOutsidePolicyEvenAReadAndEvenApproved() {
        // given
        CallRecord read = call().tool("workorders.get").decided("BLOCK", "KILL_SWITCH_NOTIFY_ONLY").build();
        CallRecord approved = call().tool("workorders.assign").decided("BLOCK", "SPEND_HARD_BLOCK,APPROVED_BY_MANAGER").build();
        // when
        List<CallRecord> outside = PolicyAudit.outsidePolicy(List.of(read, approved), writes);
        // then
        assertThat(outside).containsExactly(read, approved);
    }
}
