package dev.opscore.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads an untyped JSON action into an {@link Action}, strictly. */
final class ActionParser {

    private ActionParser() {
    }

    static Action parse(Object value, String prefix, OffsetDateTime defaultAt) {
        JsonObjectReader action = JsonObjectReader.of(value, prefix);
        ActionType type = ActionType.fromWireName(JsonValues.string(action.required("type"), action.pathOf("type")));
        BigDecimal amount = action.has("amount") ? action.nonNegativeDecimal("amount") : BigDecimal.ZERO;
        Category category = optionalEnum(action, "category", Category.class);
        Priority priority = optionalEnum(action, "priority", Priority.class);
        int vendorOpenWorkOrders = action.has("vendorOpenWorkOrders") ? action.nonNegativeInt("vendorOpenWorkOrders") : 0;
        Intent intent = optionalEnum(action, "intent", Intent.class);
        List<RiskFlag> riskFlags = riskFlags(action);
        Recipient recipient = optionalEnum(action, "recipient", Recipient.class);
        LocalDate dueDate = action.optional("dueDate").map(v -> JsonValues.isoDate(v, action.pathOf("dueDate"))).orElse(null);
        OffsetDateTime at = at(action, defaultAt);
        ZoneId timezone = action.optional("timezone").map(v -> JsonValues.zone(v, action.pathOf("timezone"))).orElse(null);
        return new Action(type, amount, category, priority, vendorOpenWorkOrders, intent, riskFlags, recipient,
                dueDate, at, timezone);
    }

    private static OffsetDateTime at(JsonObjectReader action, OffsetDateTime defaultAt) {
        if (!action.has("at") && defaultAt != null) {
            return defaultAt;
        }
        return JsonValues.offsetDateTime(action.required("at"), action.pathOf("at"));
    }

    private static List<RiskFlag> riskFlags(JsonObjectReader action) {
        List<RiskFlag> flags = new ArrayList<>();
        for (JsonObjectReader.Element element : action.optionalArray("riskFlags")) {
            flags.add(JsonValues.enumValue(element.value(), RiskFlag.class, element.path()));
        }
        return flags;
    }

    private static <E extends Enum<E>> E optionalEnum(JsonObjectReader action, String key, Class<E> type) {
        return action.optional(key).map(v -> JsonValues.enumValue(v, type, action.pathOf(key))).orElse(null);
    }
}
