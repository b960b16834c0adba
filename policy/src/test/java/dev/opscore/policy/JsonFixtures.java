package dev.opscore.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes typed values back as untyped JSON maps, to drive the dry run from generated inputs. */
final class JsonFixtures {

    private JsonFixtures() {
    }

    static Map<String, Object> action(Action action) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", action.type() == ActionType.UNKNOWN ? "SOMETHING_ELSE" : action.type().name());
        json.put("amount", action.amount());
        json.put("category", name(action.category()));
        json.put("priority", name(action.priority()));
        json.put("vendorOpenWorkOrders", action.vendorOpenWorkOrders());
        json.put("intent", name(action.intent()));
        json.put("riskFlags", action.riskFlags().stream().map(Enum::name).toList());
        json.put("recipient", name(action.recipient()));
        json.put("dueDate", action.dueDate() == null ? null : action.dueDate().toString());
        json.put("at", action.at().toString());
        json.put("timezone", action.timezone().getId());
        return json;
    }

    static Map<String, Object> config(PolicyConfig config) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spend", Map.of("autoApproveMax", config.spend().autoApproveMax(),
                "requireApprovalAbove", config.spend().requireApprovalAbove(),
                "hardBlockAbove", config.spend().hardBlockAbove()));
        json.put("workOrders", Map.of(
                "autoAssignAllowedCategories", names(config.workOrders().autoAssignAllowedCategories()),
                "emergencyAlwaysEscalate", config.workOrders().emergencyAlwaysEscalate(),
                "maxOpenPerVendor", config.workOrders().maxOpenPerVendor()));
        json.put("messaging", Map.of(
                "quietHours", Map.of("start", config.messaging().quietHours().start().toString(),
                        "end", config.messaging().quietHours().end().toString()),
                "allowedAutoIntents", names(config.messaging().allowedAutoIntents()),
                "legalKeywordsEscalate", config.messaging().legalKeywordsEscalate()));
        json.put("compliance", Map.of(
                "criticalDaysBeforeDue", config.compliance().criticalDaysBeforeDue(),
                "autoCreateTasks", config.compliance().autoCreateTasks(),
                "overdueAlwaysEscalate", config.compliance().overdueAlwaysEscalate()));
        json.put("escalation", Map.of(
                "channels", config.escalation().channels().stream().map(EscalationChannel::wireName).toList(),
                "criticalAlsoSms", config.escalation().criticalAlsoSms()));
        json.put("legal", Map.of("autonomousActionsEnabled", config.legal().autonomousActionsEnabled()));
        json.put("financial", Map.of("irreversibleActionsEnabled", config.financial().irreversibleActionsEnabled()));
        return json;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).map(String::valueOf).toList();
    }
}
