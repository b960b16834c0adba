package dev.opscore.ops.simulator.driver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A global policy a month runs under: the built-in defaults (auto-approve up to 750, quiet hours
 * 21:00–07:00) with the auto-approval limit and quiet hours changed. Stored as the global policy
 * ({@code POST /api/agent/policies}) before the month starts; the default stores nothing.
 *
 * @param autoApproveMax spend OpsCore may commit on its own; {@code requireApprovalAbove} follows it
 *                       where it would otherwise be lower (the engine requires autoApproveMax ≤ it)
 * @param quietHours     whether tenant messages wait out 21:00–07:00 local (off: start equals end)
 */
public record PolicyVariant(String name, int autoApproveMax, boolean quietHours) {

    public static final PolicyVariant DEFAULT = new PolicyVariant("default (750, quiet hours on)", 750, true);

    /** The comparison of issue 5: auto-approval at 300, 750 and 1500, quiet hours on and off. */
    public static List<PolicyVariant> comparison() {
        return List.of(new PolicyVariant("autoApproveMax 300", 300, true), DEFAULT,
                new PolicyVariant("autoApproveMax 1500", 1500, true),
                new PolicyVariant("quiet hours off", 750, false));
    }

    public boolean isDefault() {
        return autoApproveMax == 750 && quietHours;
    }

    /** The {@code config} of the global policy, only the keys that differ from the defaults. */
    Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        if (autoApproveMax != 750) {
            config.put("spend", Map.of("autoApproveMax", autoApproveMax,
                    "requireApprovalAbove", Math.max(750, autoApproveMax)));
        }
        if (!quietHours) {
            config.put("messaging", Map.of("quietHours", Map.of("start", "00:00", "end", "00:00")));
        }
        return config;
    }
}
