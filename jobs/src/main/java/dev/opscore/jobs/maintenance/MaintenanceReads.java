package dev.opscore.jobs.maintenance;

import dev.opscore.db.memory.MemoryRows;
import dev.opscore.jobs.runtime.PolicyGate;
import dev.opscore.jobs.triage.TriageClassifier;
import dev.opscore.jobs.triage.TriageInput;
import dev.opscore.jobs.triage.TriageResult;
import dev.opscore.policy.Category;
import dev.opscore.policy.PolicyConfig;
import dev.opscore.policy.Priority;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.client.PmsFailure;
import dev.opscore.tools.pms.message.Message;
import dev.opscore.tools.pms.pm.PmSchedule;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.workorder.WorkOrder;
import dev.opscore.tools.registry.ById;
import dev.opscore.tools.registry.MessageTools.MessageQuery;
import dev.opscore.tools.registry.MessageTools;
import dev.opscore.tools.registry.PmTools;
import dev.opscore.tools.registry.PropertyTools;
import dev.opscore.tools.registry.ToolRegistry;
import dev.opscore.tools.registry.VendorTools.VendorQuery;
import dev.opscore.tools.registry.VendorTools;
import dev.opscore.tools.registry.WorkOrderTools.WorkOrderQuery;
import dev.opscore.tools.registry.WorkOrderTools;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The reading half of Workflow A: the context bundle a run is planned from, and the triage of what
 * came in. Only ids, codes, amounts and dates go into the bundle, never names or message text.
 */
@Component
class MaintenanceReads {

    private final ToolRegistry tools;
    private final TriageClassifier triage;
    private final MemoryRows memory;
    private final PolicyGate gate;

    MaintenanceReads(ToolRegistry tools, TriageClassifier triage, MemoryRows memory, PolicyGate gate) {
        this.tools = tools;
        this.triage = triage;
        this.memory = memory;
        this.gate = gate;
    }

    /** Property, unit, open and recent orders for the unit, the property's vendors, their scores, the policy limits. */
    Map<String, Object> context(UUID runId, int order, Trigger trigger) {
        Property property = tools.invoke(PropertyTools.PROPERTIES_GET, new ById(trigger.propertyId()), runId, order).output();
        String unitId = trigger.unitId();
        String tenantId = trigger.tenantId();
        if (tenantId != null && unitId == null) {
            Tenant tenant = tools.invoke(PropertyTools.TENANTS_GET, new ById(tenantId), runId, order).output();
            unitId = tenant.unitId();
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", property.id());
        p.put("portfolioId", property.portfolioId());
        p.put("timezone", property.timezone());
        p.put("emergencyInstructions", property.emergencyInstructions());
        bundle.put("property", p);
        bundle.put("unitId", unitId);
        bundle.put("tenantId", tenantId);
        bundle.put("threadId", trigger.threadId());
        bundle.put("workOrders", unitId == null ? List.of() : unitOrders(runId, order, property.id(), unitId));
        List<Map<String, Object>> vendors = vendors(runId, order, property.id());
        bundle.put("vendors", vendors);
        bundle.put("vendorScores", memory.findAll("vendor", vendors.stream().map(v -> (String) v.get("id")).toList(),
                VendorScores.KEY));
        PolicyConfig config = gate.config(new PolicyGate.Scope(property.portfolioId(), property.id(), property.timezone()));
        bundle.put("autoApproveMax", config.spend().autoApproveMax());
        bundle.put("maxOpenPerVendor", config.workOrders().maxOpenPerVendor());
        return bundle;
    }

    /** The trigger understood: a tenant's message through the classifier, an incident or a PM task as given. */
    Map<String, Object> triage(UUID runId, int order, Trigger trigger) {
        if (trigger.pmScheduleId() != null) {
            PmSchedule schedule = tools.invoke(PmTools.PM_GET, new ById(trigger.pmScheduleId()), runId, order).output();
            return fixed("MAINTENANCE_INTAKE", schedule.category(), Priority.ROUTINE, "pm-schedule " + schedule.id());
        }
        String text = trigger.text() != null ? trigger.text() : messageText(runId, order, trigger);
        if (text == null && trigger.category() != null) {
            return fixed("MAINTENANCE_INTAKE", trigger.category(),
                    trigger.priority() == null ? Priority.URGENT : trigger.priority(), "incident");
        }
        TriageInput.TriageContext context = triageContext(runId, order, trigger);
        OffsetDateTime receivedAt = trigger.occurredAt() == null ? null : trigger.occurredAt()
                .atZone(context.propertyZone() == null ? ZoneOffset.UTC : context.propertyZone()).toOffsetDateTime();
        TriageResult result = triage.classify(new TriageInput(text == null ? "" : text, null, receivedAt,
                trigger.propertyId(), context));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intent", result.intent().name());
        out.put("category", result.category() != null ? result.category().name()
                : trigger.category() != null ? trigger.category().name() : null);
        out.put("priority", trigger.priority() != null && result.priority() == null ? trigger.priority().name()
                : result.priority() == null ? null : result.priority().name());
        out.put("riskFlags", result.riskFlags().stream().map(Enum::name).toList());
        out.put("escalate", result.escalate());
        out.put("confidence", result.confidence());
        out.put("language", result.language());
        out.put("evidence", result.evidence());
        out.put("troubleshooting", Troubleshooting.detect(text).map(Enum::name).orElse(null));
        out.put("largeJob", largeJob(text));
        out.put("source", "message");
        return out;
    }

    /**
     * The property's zone (its season) and the category of the unit's most recent open work order (what a
     * short follow-up is about). A PMS that cannot answer leaves either unknown: triage goes on without it.
     */
    private TriageInput.TriageContext triageContext(UUID runId, int order, Trigger trigger) {
        if (trigger.propertyId() == null) {
            return new TriageInput.TriageContext(null, null);
        }
        ZoneId zone = null;
        try {
            Property property = tools.invoke(PropertyTools.PROPERTIES_GET, new ById(trigger.propertyId()), runId, order)
                    .output();
            zone = TriageInput.TriageContext.zoneOrNull(property.timezone());
        } catch (PmsFailure unavailable) {
            // no zone: the classifier's calendar fallback applies
        }
        return new TriageInput.TriageContext(zone, openOrderCategory(runId, order, trigger));
    }

    private Category openOrderCategory(UUID runId, int order, Trigger trigger) {
        try {
            String unitId = trigger.unitId();
            if (unitId == null && trigger.tenantId() != null) {
                unitId = tools.invoke(PropertyTools.TENANTS_GET, new ById(trigger.tenantId()), runId, order).output()
                        .unitId();
            }
            if (unitId == null) {
                return null;
            }
            Page<WorkOrder> page = tools.invoke(WorkOrderTools.WORKORDERS_LIST,
                    new WorkOrderQuery(trigger.propertyId(), unitId, null, 0, 200), runId, order).output();
            return page.items().stream().filter(wo -> wo.status() != null && wo.status().open())
                    .max(Comparator.comparing(WorkOrder::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(WorkOrder::category).orElse(null);
        } catch (PmsFailure unavailable) {
            return null;
        }
    }

    private String messageText(UUID runId, int order, Trigger trigger) {
        if (trigger.threadId() == null || trigger.messageId() == null) {
            return null;
        }
        Page<Message> messages = tools.invoke(MessageTools.MESSAGES_LIST, new MessageQuery(trigger.threadId(), 0, 200),
                runId, order).output();
        return messages.items().stream().filter(m -> m.id().equals(trigger.messageId())).map(Message::body)
                .findFirst().orElse(null);
    }

    private List<Map<String, Object>> unitOrders(UUID runId, int order, String propertyId, String unitId) {
        Page<WorkOrder> page = tools.invoke(WorkOrderTools.WORKORDERS_LIST,
                new WorkOrderQuery(propertyId, unitId, null, 0, 200), runId, order).output();
        List<Map<String, Object>> orders = new ArrayList<>();
        for (WorkOrder wo : page.items()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", wo.id());
            o.put("category", wo.category().name());
            o.put("priority", wo.priority().name());
            o.put("status", wo.status().name());
            o.put("vendorId", wo.vendorId());
            o.put("createdAt", wo.createdAt().toString());
            o.put("completedAt", wo.completedAt() == null ? null : wo.completedAt().toString());
            orders.add(o);
        }
        return orders;
    }

    private List<Map<String, Object>> vendors(UUID runId, int order, String propertyId) {
        Page<Vendor> page = tools.invoke(VendorTools.VENDORS_LIST, new VendorQuery(null, propertyId, 0, 200),
                runId, order).output();
        List<Map<String, Object>> vendors = new ArrayList<>();
        for (Vendor v : page.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", v.id());
            m.put("trades", v.trades().stream().map(Enum::name).toList());
            m.put("active", v.active());
            m.put("openWorkOrders", v.openWorkOrders());
            m.put("maxOpenWorkOrders", v.maxOpenWorkOrders());
            m.put("rating", v.rating());
            m.put("onTimeRate", v.onTimeRate());
            vendors.add(m);
        }
        return vendors;
    }

    private static Map<String, Object> fixed(String intent, Category category, Priority priority, String evidence) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intent", intent);
        out.put("category", category.name());
        out.put("priority", priority.name());
        out.put("riskFlags", List.of());
        out.put("escalate", priority == Priority.EMERGENCY);
        out.put("confidence", 1.0);
        out.put("language", "en");
        out.put("evidence", List.of(evidence));
        out.put("troubleshooting", null);
        out.put("largeJob", false);
        out.put("source", evidence.startsWith("pm") ? "pm" : "incident");
        return out;
    }

    /** Replacements and major components cost several call-outs: such a job goes to bids above the limit. */
    static boolean largeJob(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return List.of("replace", "replacement", "new water heater", "water heater died", "compressor", "reemplaz",
                "roof", "whole unit rewir", "rewire").stream().anyMatch(t::contains);
    }
}
