package dev.opscore.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in configuration: exactly the seed's {@code configJson} draft (section 6), plus
 * {@code legal.autonomousActionsEnabled=false}, {@code financial.irreversibleActionsEnabled=false}
 * and {@code killSwitch=false}. Scope resolution merges stored policies over it.
 */
public final class PolicyDefaults {

    private PolicyDefaults() {
    }

    /** A fresh, mutable deep copy on every call: callers may change it without affecting anyone. */
    public static Map<String, Object> asMap() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("spend", spend());
        config.put("workOrders", workOrders());
        config.put("messaging", messaging());
        config.put("compliance", compliance());
        config.put("escalation", escalation());
        config.put("legal", object("autonomousActionsEnabled", false));
        config.put("financial", object("irreversibleActionsEnabled", false));
        config.put("killSwitch", false);
        return config;
    }

    private static Map<String, Object> spend() {
        Map<String, Object> spend = object("autoApproveMax", 750);
        spend.put("requireApprovalAbove", 750);
        spend.put("hardBlockAbove", 5000);
        return spend;
    }

    private static Map<String, Object> workOrders() {
        Map<String, Object> workOrders = object("autoAssignAllowedCategories",
                list("PLUMBING", "HVAC", "ELECTRICAL", "GENERAL"));
        workOrders.put("emergencyAlwaysEscalate", true);
        workOrders.put("maxOpenPerVendor", 25);
        return workOrders;
    }

    private static Map<String, Object> messaging() {
        Map<String, Object> quietHours = object("start", "21:00");
        quietHours.put("end", "07:00");
        Map<String, Object> messaging = object("quietHours", quietHours);
        messaging.put("allowedAutoIntents", list("STATUS_UPDATE", "FAQ", "MAINTENANCE_INTAKE", "RENEWAL_INFO"));
        messaging.put("legalKeywordsEscalate", true);
        return messaging;
    }

    private static Map<String, Object> compliance() {
        Map<String, Object> compliance = object("criticalDaysBeforeDue", 7);
        compliance.put("autoCreateTasks", true);
        compliance.put("overdueAlwaysEscalate", true);
        return compliance;
    }

    private static Map<String, Object> escalation() {
        Map<String, Object> escalation = object("channels", list("in_app", "email"));
        escalation.put("criticalAlsoSms", false);
        return escalation;
    }

    private static Map<String, Object> object(String key, Object value) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(key, value);
        return object;
    }

    private static List<Object> list(Object... values) {
        return new ArrayList<>(List.of(values));
    }
}
