package dev.opscore.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a merged JSON configuration into a {@link PolicyConfig}, strictly. */
final class ConfigParser {

    private static final Set<String> SECTIONS = Set.of(
            "spend", "workOrders", "messaging", "compliance", "escalation", "legal", "financial", "killSwitch");

    private ConfigParser() {
    }

    static PolicyConfig parse(Map<String, Object> merged, String prefix) {
        JsonObjectReader root = JsonObjectReader.of(merged, prefix);
        root.rejectUnknownKeys(SECTIONS);
        SpendLimits spend = spend(root.object("spend"));
        WorkOrderSettings workOrders = workOrders(root.object("workOrders"));
        MessagingSettings messaging = messaging(root.object("messaging"));
        ComplianceSettings compliance = compliance(root.object("compliance"));
        EscalationSettings escalation = escalation(root.object("escalation"));
        LegalSettings legal = legal(root.object("legal"));
        FinancialSettings financial = financial(root.object("financial"));
        return new PolicyConfig(spend, workOrders, messaging, compliance, escalation, legal, financial);
    }

    private static SpendLimits spend(JsonObjectReader spend) {
        spend.rejectUnknownKeys(Set.of("autoApproveMax", "requireApprovalAbove", "hardBlockAbove"));
        BigDecimal autoApproveMax = spend.nonNegativeDecimal("autoApproveMax");
        BigDecimal requireApprovalAbove = spend.nonNegativeDecimal("requireApprovalAbove");
        BigDecimal hardBlockAbove = spend.nonNegativeDecimal("hardBlockAbove");
        return spend.construct(() -> new SpendLimits(autoApproveMax, requireApprovalAbove, hardBlockAbove));
    }

    private static WorkOrderSettings workOrders(JsonObjectReader workOrders) {
        workOrders.rejectUnknownKeys(Set.of("autoAssignAllowedCategories", "emergencyAlwaysEscalate", "maxOpenPerVendor"));
        Set<Category> categories = enums(workOrders, "autoAssignAllowedCategories", Category.class);
        boolean emergencyAlwaysEscalate = workOrders.bool("emergencyAlwaysEscalate");
        int maxOpenPerVendor = workOrders.nonNegativeInt("maxOpenPerVendor");
        return workOrders.construct(() -> new WorkOrderSettings(categories, emergencyAlwaysEscalate, maxOpenPerVendor));
    }

    private static MessagingSettings messaging(JsonObjectReader messaging) {
        messaging.rejectUnknownKeys(Set.of("quietHours", "allowedAutoIntents", "legalKeywordsEscalate"));
        QuietHours quietHours = quietHours(messaging.object("quietHours"));
        Set<Intent> intents = enums(messaging, "allowedAutoIntents", Intent.class);
        boolean legalKeywordsEscalate = messaging.bool("legalKeywordsEscalate");
        return messaging.construct(() -> new MessagingSettings(quietHours, intents, legalKeywordsEscalate));
    }

    private static QuietHours quietHours(JsonObjectReader quietHours) {
        quietHours.rejectUnknownKeys(Set.of("start", "end"));
        return new QuietHours(
                JsonValues.hoursMinutes(quietHours.required("start"), quietHours.pathOf("start")),
                JsonValues.hoursMinutes(quietHours.required("end"), quietHours.pathOf("end")));
    }

    private static ComplianceSettings compliance(JsonObjectReader compliance) {
        compliance.rejectUnknownKeys(Set.of("criticalDaysBeforeDue", "autoCreateTasks", "overdueAlwaysEscalate"));
        int criticalDays = compliance.nonNegativeInt("criticalDaysBeforeDue");
        boolean autoCreateTasks = compliance.bool("autoCreateTasks");
        boolean overdueAlwaysEscalate = compliance.bool("overdueAlwaysEscalate");
        return compliance.construct(() -> new ComplianceSettings(criticalDays, autoCreateTasks, overdueAlwaysEscalate));
    }

    private static EscalationSettings escalation(JsonObjectReader escalation) {
        escalation.rejectUnknownKeys(Set.of("channels", "criticalAlsoSms"));
        List<EscalationChannel> channels = new ArrayList<>();
        for (JsonObjectReader.Element element : escalation.array("channels")) {
            channels.add(JsonValues.channel(element.value(), element.path()));
        }
        boolean criticalAlsoSms = escalation.bool("criticalAlsoSms");
        return new EscalationSettings(channels, criticalAlsoSms);
    }

    private static LegalSettings legal(JsonObjectReader legal) {
        legal.rejectUnknownKeys(Set.of("autonomousActionsEnabled"));
        return new LegalSettings(legal.bool("autonomousActionsEnabled"));
    }

    private static FinancialSettings financial(JsonObjectReader financial) {
        financial.rejectUnknownKeys(Set.of("irreversibleActionsEnabled"));
        return new FinancialSettings(financial.bool("irreversibleActionsEnabled"));
    }

    private static <E extends Enum<E>> Set<E> enums(JsonObjectReader section, String key, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (JsonObjectReader.Element element : section.array(key)) {
            values.add(JsonValues.enumValue(element.value(), type, element.path()));
        }
        return values;
    }
}
