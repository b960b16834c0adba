package dev.opscore.ops.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed, realistic mix of proposed actions as request JSON (maps), roughly what a property's agent
 * proposes in a day: many reads and work-order writes, vendor dispatches with a spread of amounts,
 * tenant messages at all hours (some with risk flags), compliance tasks, and a few legal, financial
 * and unknown actions. Built deterministically; no randomness.
 */
final class ActionMix {

    private static final String[] ZONES = {"America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Berlin"};
    private static final String[] CATEGORIES = {"PLUMBING", "HVAC", "ELECTRICAL", "APPLIANCE", "PEST", "LOCKS_DOORS", "GENERAL"};
    private static final String[] PRIORITIES = {"ROUTINE", "ROUTINE", "URGENT", "EMERGENCY"};
    private static final String[] INTENTS = {"STATUS_UPDATE", "FAQ", "MAINTENANCE_INTAKE", "BILLING", "RENEWAL_INFO", "COMPLAINT"};
    private static final String[] AMOUNTS = {"0", "120.50", "420.00", "750.00", "980.00", "2400.00", "5000.00", "7200.00"};

    private ActionMix() {
    }

    /** {@code size} actions; the kinds repeat in a fixed 32-step cycle. */
    static List<Map<String, Object>> actions(int size) {
        List<Map<String, Object>> actions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            actions.add(action(i));
        }
        return actions;
    }

    private static Map<String, Object> action(int i) {
        int kind = i % 32;
        if (kind < 8) {
            return base(i, "READ");
        }
        if (kind < 12) {
            return workOrder(i, kind % 2 == 0 ? "WORK_ORDER_CREATE" : "WORK_ORDER_UPDATE");
        }
        if (kind < 17) {
            return vendor(i, kind % 2 == 0 ? "VENDOR_DISPATCH" : "VENDOR_ASSIGN");
        }
        if (kind < 19) {
            return vendor(i, kind % 2 == 0 ? "BID_REQUEST" : "BID_ACCEPT");
        }
        if (kind < 26) {
            return tenantMessage(i);
        }
        if (kind < 28) {
            return notification(i);
        }
        if (kind < 30) {
            return task(i, kind % 2 == 0 ? "COMPLIANCE_TASK_CREATE" : "PM_TASK_CREATE");
        }
        return base(i, pick(new String[] {"EVICTION_FILE", "FEE_WAIVE", "REFUND_ISSUE", "ROOF_REPLACE"}, i));
    }

    /** Cycles through {@code values}, shifted once per 32-step cycle so every kind meets every value. */
    private static String pick(String[] values, int i) {
        return values[(i + i / 32) % values.length];
    }

    private static Map<String, Object> base(int i, String type) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", type);
        action.put("at", String.format("2026-01-%02dT%02d:%02d:00-05:00", 10 + i % 18, (i * 7) % 24, (i * 13) % 60));
        action.put("timezone", pick(ZONES, i));
        return action;
    }

    private static Map<String, Object> workOrder(int i, String type) {
        Map<String, Object> action = base(i, type);
        action.put("category", pick(CATEGORIES, i));
        action.put("priority", pick(PRIORITIES, i));
        return action;
    }

    private static Map<String, Object> vendor(int i, String type) {
        Map<String, Object> action = workOrder(i, type);
        action.put("amount", new BigDecimal(pick(AMOUNTS, i)));
        action.put("vendorOpenWorkOrders", (i * 5) % 30);
        return action;
    }

    private static Map<String, Object> tenantMessage(int i) {
        Map<String, Object> action = base(i, "MESSAGE_SEND");
        action.put("recipient", i % 5 == 0 ? "VENDOR" : "TENANT");
        action.put("intent", pick(INTENTS, i));
        action.put("priority", pick(PRIORITIES, i));
        action.put("riskFlags", i % 7 == 0 ? List.of("SAFETY") : i % 11 == 0 ? List.of("LEGAL", "HARASSMENT") : List.of());
        return action;
    }

    private static Map<String, Object> notification(int i) {
        Map<String, Object> action = base(i, "NOTIFICATION_SEND");
        action.put("recipient", i % 2 == 0 ? "STAFF" : "TENANT");
        return action;
    }

    private static Map<String, Object> task(int i, String type) {
        Map<String, Object> action = base(i, type);
        action.put("dueDate", String.format("2026-01-%02d", 5 + (i * 3) % 24));
        return action;
    }
}
