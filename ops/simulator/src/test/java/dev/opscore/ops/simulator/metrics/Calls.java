package dev.opscore.ops.simulator.metrics;

import java.math.BigDecimal;
import java.util.UUID;

/** Test-data builder for action-log rows. */
final class Calls {

    static final UUID RUN = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private UUID runId = RUN;
    private int stepOrder = 3;
    private String stepName = "create-work-order";
    private String tool = "workorders.create";
    private String decision = "ALLOW";
    private String reason = "ALLOWED_BY_DEFAULT";
    private boolean executed = true;
    private BigDecimal amount;

    static Calls call() {
        return new Calls();
    }

    Calls run(UUID id) {
        this.runId = id;
        return this;
    }

    Calls step(int order, String name) {
        this.stepOrder = order;
        this.stepName = name;
        return this;
    }

    Calls tool(String name) {
        this.tool = name;
        return this;
    }

    Calls decided(String outcome, String reasons) {
        this.decision = outcome;
        this.reason = reasons;
        return this;
    }

    Calls failed() {
        this.executed = false;
        return this;
    }

    Calls amount(String value) {
        this.amount = new BigDecimal(value);
        return this;
    }

    CallRecord build() {
        return new CallRecord(runId, stepOrder, stepName, tool, decision, reason, executed, !executed, amount);
    }
}
