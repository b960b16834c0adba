package dev.opscore.ops.simulator.metrics;

import static dev.opscore.ops.simulator.metrics.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SideEffectAuditTest {

    private static final UUID OTHER_RUN = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private final Set<String> writes = PolicyAudit.writeTools();

    @Test
    void aPmsThatHoldsExactlyWhatOpsCoreDidHasNoDuplicates() {
        // given
        List<CallRecord> calls = List.of(call().build(), call().step(5, "dispatch-1").tool("workorders.assign").build(),
                call().step(6, "acknowledge-tenant").tool("messages.post").build(),
                call().step(7, "verify-completion").tool("workorders.get").decided(null, null).build());
        // when
        SideEffectAudit audit = SideEffectAudit.of(calls, writes, pms(Map.of("work orders created", 1L,
                "vendor dispatches", 1L, "messages to tenants", 1L), calls));
        // then
        assertThat(audit.duplicates()).isZero();
        assertThat(audit.unrecorded()).isEmpty();
        assertThat(audit.phantom()).isEmpty();
    }

    @Test
    void moreEffectsInThePmsThanSuccessfulCallsAreDuplicates() {
        // given: two work orders, one create
        List<CallRecord> calls = List.of(call().build());
        // when
        SideEffectAudit audit = SideEffectAudit.of(calls, writes, pms(Map.of("work orders created", 2L), calls));
        // then
        assertThat(audit.duplicates()).isEqualTo(1);
        assertThat(audit.counts()).filteredOn(c -> c.effect().equals("work orders created"))
                .singleElement().satisfies(c -> assertThat(c.excess()).isEqualTo(1));
    }

    @Test
    void aStepWhoseWriteWentThroughTwiceInOneRunIsADuplicate() {
        // given: the same step name acted twice (at two orders), in one run; another run's same name is no duplicate
        List<CallRecord> calls = List.of(call().step(6, "acknowledge-tenant").tool("messages.post").build(),
                call().step(9, "acknowledge-tenant").tool("messages.post").build(),
                call().run(OTHER_RUN).step(6, "acknowledge-tenant").tool("messages.post").build());
        // when
        SideEffectAudit audit = SideEffectAudit.of(calls, writes, pms(Map.of("messages to tenants", 3L), calls));
        // then
        assertThat(audit.repeatedSteps()).singleElement()
                .isEqualTo(new SideEffectAudit.RepeatedStep(Calls.RUN, "acknowledge-tenant", 2));
        assertThat(audit.duplicates()).isEqualTo(1);
    }

    @Test
    void anEffectServedForACallRecordedAsFailedIsUnrecordedNotADuplicate() {
        // given: the client gave up on a slow dispatch that the PMS carried out
        CallRecord gaveUp = call().step(5, "dispatch-1").tool("workorders.assign").failed().build();
        Set<String> keys = new HashSet<>(Set.of(SideEffectAudit.key(gaveUp)));
        // when
        SideEffectAudit audit = SideEffectAudit.of(List.of(gaveUp), writes,
                new PmsEffects(Map.of("vendor dispatches", 1L), keys));
        // then
        assertThat(audit.unrecorded()).singleElement().asString().contains("workorders.assign", "recorded as failed");
        assertThat(audit.counts()).filteredOn(c -> c.effect().equals("vendor dispatches")).singleElement()
                .satisfies(c -> assertThat(c.excess()).isEqualTo(1));
    }

    @Test
    void aSuccessfulCallThePmsHasNoKeyForIsPhantom() {
        List<CallRecord> calls = List.of(call().build());
        SideEffectAudit audit = SideEffectAudit.of(calls, writes, new PmsEffects(Map.of("work orders created", 1L), Set.of()));
        assertThat(audit.phantom()).hasSize(1);
    }

    private static PmsEffects pms(Map<String, Long> counts, List<CallRecord> calls) {
        Set<String> keys = new HashSet<>();
        calls.stream().filter(CallRecord::executed).filter(c -> PolicyAudit.writeTools().contains(c.tool()))
                .forEach(c -> keys.add(SideEffectAudit.key(c)));
        return new PmsEffects(new HashMap<>(counts), keys);
    }
}
