package dev.opscore.ops.sandbox.property;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.NotFoundException;
import dev.opscore.ops.sandbox.web.Paging;
import dev.opscore.tools.pms.Page;
import dev.opscore.tools.pms.property.PropertiesApi;
import dev.opscore.tools.pms.property.Property;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/properties*} and {@code /api/tenants/{id}}. */
@RestController
@ConditionalOnSandbox
class PropertiesController implements PropertiesApi {

    private final PropertyRows rows;

    PropertiesController(PropertyRows rows) {
        this.rows = rows;
    }

    @Override
    public Page<Property> listProperties(int page, int size) {
        return rows.properties(Paging.of(page, size));
    }

    @Override
    public Property getProperty(String id) {
        return rows.property(id).orElseThrow(() -> new NotFoundException("property", id));
    }

    @Override
    public Page<Unit> listUnits(String propertyId, int page, int size) {
        Paging paging = Paging.of(page, size);
        getProperty(propertyId);
        return rows.units(propertyId, paging);
    }

    @Override
    public Tenant getTenant(String id) {
        return rows.tenant(id).orElseThrow(() -> new NotFoundException("tenant", id));
    }
}
