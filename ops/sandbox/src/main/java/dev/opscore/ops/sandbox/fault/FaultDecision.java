package dev.opscore.ops.sandbox.fault;

/** What happens to one call: wait {@code delayMs}, then answer {@code status} (0: serve it normally). */
record FaultDecision(long delayMs, int status, String rule) {

    static final FaultDecision NONE = new FaultDecision(0, 0, null);

    boolean fails() {
        return status != 0;
    }
}
