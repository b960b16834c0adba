package dev.opscore.policy;

import java.util.Set;

/** The {@code messaging} section. */
public record MessagingSettings(QuietHours quietHours, Set<Intent> allowedAutoIntents, boolean legalKeywordsEscalate) {

    public MessagingSettings {
        Validation.required(quietHours, "quietHours");
        allowedAutoIntents = WorkOrderSettings.immutableEnumSet(
                Validation.required(allowedAutoIntents, "allowedAutoIntents"), Intent.class);
    }
}
