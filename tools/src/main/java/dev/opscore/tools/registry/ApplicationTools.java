package dev.opscore.tools.registry;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.application.ApplicationsApi;
import dev.opscore.tools.pms.application.RentalApplication;
import java.util.List;

/** Rental applications ({@link ApplicationsApi}): read-only for the agent. */
public final class ApplicationTools {

    public record ApplicationQuery(String propertyId, RentalApplication.ApplicationStatus status, int page,
                                   int size) {
        public ApplicationQuery {
            size = Paging.size(size);
        }
    }

    public static final Tool<ApplicationQuery, Page<RentalApplication>> APPLICATIONS_LIST = Tool.read(
            "applications.list", ApplicationsApi.class, "list", ApplicationQuery.class,
            (apis, in) -> apis.applications().list(in.propertyId(), in.status(), in.page(), in.size()));

    public static final Tool<ById, RentalApplication> APPLICATIONS_GET = Tool.read("applications.get",
            ApplicationsApi.class, "get", ById.class, (apis, in) -> apis.applications().get(in.id()));

    private ApplicationTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(APPLICATIONS_LIST, APPLICATIONS_GET);
    }
}
