package dev.opscore.tools.registry;

import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.property.PropertiesApi;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import java.util.List;

/** Reads of properties, units and tenants ({@link PropertiesApi}). */
public final class PropertyTools {

    /** Units of one property. */
    public record UnitQuery(String propertyId, int page, int size) {
        public UnitQuery {
            size = Paging.size(size);
        }
    }

    public static final Tool<PageQuery, Page<Property>> PROPERTIES_LIST = Tool.read("properties.list",
            PropertiesApi.class, "listProperties", PageQuery.class,
            (apis, in) -> apis.properties().listProperties(in.page(), in.size()));

    public static final Tool<ById, Property> PROPERTIES_GET = Tool.read("properties.get",
            PropertiesApi.class, "getProperty", ById.class, (apis, in) -> apis.properties().getProperty(in.id()));

    public static final Tool<UnitQuery, Page<Unit>> UNITS_LIST = Tool.read("units.list",
            PropertiesApi.class, "listUnits", UnitQuery.class,
            (apis, in) -> apis.properties().listUnits(in.propertyId(), in.page(), in.size()));

    public static final Tool<ById, Tenant> TENANTS_GET = Tool.read("tenants.get",
            PropertiesApi.class, "getTenant", ById.class, (apis, in) -> apis.properties().getTenant(in.id()));

    private PropertyTools() {
    }

    static List<Tool<?, ?>> all() {
        return List.of(PROPERTIES_LIST, PROPERTIES_GET, UNITS_LIST, TENANTS_GET);
    }
}
