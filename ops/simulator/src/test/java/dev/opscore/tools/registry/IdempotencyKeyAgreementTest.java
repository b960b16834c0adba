package dev.opscore.tools.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.ops.simulator.metrics.CallRecord;
import dev.opscore.ops.simulator.metrics.SideEffectAudit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The simulator derives each call's {@code Idempotency-Key} to match PMS effects to OpsCore's calls; it must
 * be OpsCore's own derivation ({@code IdempotencyKeys}, package-private, hence this test's package).
 */
class IdempotencyKeyAgreementTest {

    @Test
    void theSimulatorsKeyIsTheToolRegistrysKey() {
        UUID run = UUID.fromString("9b2f0c1e-7d1a-4c3e-9f5e-2a7b8c9d0e1f");
        CallRecord call = new CallRecord(run, 7, "dispatch-1", "workorders.assign", "ALLOW", "", true, false, null);
        assertThat(SideEffectAudit.key(call)).isEqualTo(IdempotencyKeys.of(run, 7, "workorders.assign"));
    }
}
