package dev.opscore.tools.registry;

import static dev.opscore.policy.ActionType.PM_TASK_CREATE;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.inspection.Inspection;
import dev.opscore.tools.pms.inspection.InspectionResult;
import dev.opscore.tools.pms.inspection.InspectionsApi;
import dev.opscore.tools.pms.inspection.NewInspection;
import java.util.List;

/** Inspections ({@link InspectionsApi}): scheduled follow-up work, gated like PM tasks. */
public final class InspectionTools {

    public record InspectionQuery(String propertyId, Inspection.InspectionStatus status, int page, int size) {
        public InspectionQuery {
            size = Paging.size(size);
        }
    }

    public record InspectionCompletion(String inspectionId, InspectionResult result) {
    }

    public static final Tool<NewInspection, Inspection> INSPECTIONS_SCHEDULE = Tool.write("inspections.schedule",
            PM_TASK_CREATE, InspectionsApi.class, "schedule", NewInspection.class,
            (apis, in, key) -> apis.inspections().schedule(key, in));

    public static final Tool<InspectionQuery, Page<Inspection>> INSPECTIONS_LIST = Tool.read("inspections.list",
            InspectionsApi.class, "list", InspectionQuery.class,
            (apis, in) -> apis.inspections().list(in.propertyId(), in.status(), in.page(), in.size()));

    public static final Tool<ById, Inspection> INSPECTIONS_GET = Tool.read("inspections.get", InspectionsApi.class,
            "get", ById.class, (apis, in) -> apis.inspections().get(in.id()));

    public static final Tool<InspectionCompletion, Inspection> INSPECTIONS_COMPLETE = Tool.write(
            "inspections.complete", PM_TASK_CREATE, InspectionsApi.class, "complete", InspectionCompletion.class,
            (apis, in, key) -> apis.inspections().complete(key, in.inspectionId(), in.result()));

    private InspectionTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(INSPECTIONS_SCHEDULE, INSPECTIONS_LIST, INSPECTIONS_GET, INSPECTIONS_COMPLETE);
    }
}
