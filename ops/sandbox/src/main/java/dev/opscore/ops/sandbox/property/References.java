package dev.opscore.ops.sandbox.property;

import dev.opscore.ops.sandbox.ConditionalOnSandbox;
import dev.opscore.ops.sandbox.web.Validation;
import dev.opscore.tools.pms.property.Tenant;
import dev.opscore.tools.pms.property.Unit;
import org.springframework.stereotype.Component;

/**
 * Checks the property, unit and tenant a request body names: each must exist, and the unit and
 * tenant must belong to the property (and the tenant to the unit, when both are given). Problems
 * are added to the caller's {@link Validation} under the body's field names.
 */
@Component
@ConditionalOnSandbox
public class References {

    private final PropertyRows rows;

    public References(PropertyRows rows) {
        this.rows = rows;
    }

    /** {@code propertyId} required; {@code unitId} and {@code tenantId} optional (null skips them). */
    public Validation place(Validation validation, String propertyId, String unitId, String tenantId) {
        if (propertyId == null || propertyId.isBlank()) {
            return validation;
        }
        if (!rows.propertyExists(propertyId)) {
            return validation.check(false, "propertyId", "property " + propertyId + " does not exist");
        }
        if (unitId != null) {
            Unit unit = rows.unit(unitId).orElse(null);
            validation.check(unit != null, "unitId", "unit " + unitId + " does not exist");
            validation.check(unit == null || unit.propertyId().equals(propertyId), "unitId",
                    "unit " + unitId + " is not in property " + propertyId);
        }
        if (tenantId != null) {
            Tenant tenant = rows.tenant(tenantId).orElse(null);
            validation.check(tenant != null, "tenantId", "tenant " + tenantId + " does not exist");
            validation.check(tenant == null || tenant.propertyId().equals(propertyId), "tenantId",
                    "tenant " + tenantId + " does not live in property " + propertyId);
            validation.check(tenant == null || unitId == null || unitId.equals(tenant.unitId()), "tenantId",
                    "tenant " + tenantId + " does not live in unit " + unitId);
        }
        return validation;
    }
}
