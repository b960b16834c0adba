package dev.opscore.tools.registry;

import static dev.opscore.policy.ActionType.COMPLIANCE_TASK_CREATE;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.compliance.ComplianceApi;
import dev.opscore.tools.pms.compliance.ComplianceItem;
import dev.opscore.tools.pms.compliance.ComplianceUpdate;
import java.time.LocalDate;
import java.util.List;

/** Compliance items ({@link ComplianceApi}). */
public final class ComplianceTools {

    public record ComplianceQuery(String propertyId, LocalDate dueBefore, ComplianceItem.ComplianceStatus status,
                                  int page, int size) {
        public ComplianceQuery {
            size = Paging.size(size);
        }
    }

    public record ComplianceItemUpdate(String itemId, ComplianceUpdate update) {
    }

    public static final Tool<ComplianceQuery, Page<ComplianceItem>> COMPLIANCE_LIST = Tool.read("compliance.list",
            ComplianceApi.class, "list", ComplianceQuery.class,
            (apis, in) -> apis.compliance().list(in.propertyId(), in.dueBefore(), in.status(), in.page(), in.size()));

    public static final Tool<ById, ComplianceItem> COMPLIANCE_GET = Tool.read("compliance.get",
            ComplianceApi.class, "get", ById.class, (apis, in) -> apis.compliance().get(in.id()));

    /** Linking a work order to an item or moving its status is the compliance task: COMPLIANCE_TASK_CREATE. */
    public static final Tool<ComplianceItemUpdate, ComplianceItem> COMPLIANCE_UPDATE = Tool.write(
            "compliance.update", COMPLIANCE_TASK_CREATE, ComplianceApi.class, "update", ComplianceItemUpdate.class,
            (apis, in, key) -> apis.compliance().update(key, in.itemId(), in.update()));

    private ComplianceTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(COMPLIANCE_LIST, COMPLIANCE_GET, COMPLIANCE_UPDATE);
    }
}
