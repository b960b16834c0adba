package dev.opscore.tools.registry;

import dev.opscore.policy.Category;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.vendor.Vendor;
import dev.opscore.tools.pms.vendor.VendorsApi;
import java.util.List;

/** Vendors ({@link VendorsApi}). */
public final class VendorTools {

    public record VendorQuery(Category trade, String propertyId, int page, int size) {
        public VendorQuery {
            size = Paging.size(size);
        }
    }

    public static final Tool<VendorQuery, Page<Vendor>> VENDORS_LIST = Tool.read("vendors.list", VendorsApi.class,
            "list", VendorQuery.class,
            (apis, in) -> apis.vendors().list(in.trade(), in.propertyId(), in.page(), in.size()));

    public static final Tool<ById, Vendor> VENDORS_GET = Tool.read("vendors.get", VendorsApi.class, "get",
            ById.class, (apis, in) -> apis.vendors().get(in.id()));

    private VendorTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(VENDORS_LIST, VENDORS_GET);
    }
}
