package dev.opscore.tools.registry;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.lease.Lease;
import dev.opscore.tools.pms.lease.LeasesApi;
import java.util.List;

/** Leases ({@link LeasesApi}): read-only for the agent. */
public final class LeaseTools {

    public record LeaseQuery(String propertyId, String unitId, Lease.LeaseStatus status, int page, int size) {
        public LeaseQuery {
            size = Paging.size(size);
        }
    }

    public static final Tool<LeaseQuery, Page<Lease>> LEASES_LIST = Tool.read("leases.list", LeasesApi.class,
            "list", LeaseQuery.class,
            (apis, in) -> apis.leases().list(in.propertyId(), in.unitId(), in.status(), in.page(), in.size()));

    public static final Tool<ById, Lease> LEASES_GET = Tool.read("leases.get", LeasesApi.class, "get", ById.class,
            (apis, in) -> apis.leases().get(in.id()));

    private LeaseTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(LEASES_LIST, LEASES_GET);
    }
}
