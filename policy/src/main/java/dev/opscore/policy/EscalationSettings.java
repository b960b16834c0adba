package dev.opscore.policy;

import java.util.List;

/** The {@code escalation} section: where a manager is told. The engine validates it but does not use it. */
public record EscalationSettings(List<EscalationChannel> channels, boolean criticalAlsoSms) {

    public EscalationSettings {
        channels = List.copyOf(Validation.required(channels, "channels"));
    }
}
