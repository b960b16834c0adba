package dev.opscore.tools.registry;

import static dev.opscore.policy.ActionType.PM_TASK_CREATE;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.pm.PmCompletion;
import dev.opscore.tools.pms.pm.PmSchedule;
import dev.opscore.tools.pms.pm.PmSchedulesApi;
import java.time.LocalDate;
import java.util.List;

/** Preventive-maintenance schedules ({@link PmSchedulesApi}). */
public final class PmTools {

    public record PmQuery(String propertyId, LocalDate dueBefore, int page, int size) {
        public PmQuery {
            size = Paging.size(size);
        }
    }

    public record PmTaskCompletion(String scheduleId, PmCompletion completion) {
    }

    public static final Tool<PmQuery, Page<PmSchedule>> PM_LIST = Tool.read("pm.list", PmSchedulesApi.class,
            "list", PmQuery.class,
            (apis, in) -> apis.pmSchedules().list(in.propertyId(), in.dueBefore(), in.page(), in.size()));

    public static final Tool<ById, PmSchedule> PM_GET = Tool.read("pm.get", PmSchedulesApi.class, "get",
            ById.class, (apis, in) -> apis.pmSchedules().get(in.id()));

    /** Completing a PM task (and rolling the schedule on) is the PM task's write: PM_TASK_CREATE. */
    public static final Tool<PmTaskCompletion, PmSchedule> PM_COMPLETE = Tool.write("pm.complete", PM_TASK_CREATE,
            PmSchedulesApi.class, "complete", PmTaskCompletion.class,
            (apis, in, key) -> apis.pmSchedules().complete(key, in.scheduleId(), in.completion()));

    private PmTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(PM_LIST, PM_GET, PM_COMPLETE);
    }
}
