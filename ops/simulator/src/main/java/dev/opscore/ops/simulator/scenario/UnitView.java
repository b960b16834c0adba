package dev.opscore.ops.simulator.scenario;

import java.util.List;
import java.util.Objects;

/** One unit and the ids of its tenants; a vacant unit (no tenants) writes no messages. */
public record UnitView(String id, List<String> tenantIds) {

    public UnitView {
        Objects.requireNonNull(id, "id");
        tenantIds = List.copyOf(Objects.requireNonNull(tenantIds, "tenantIds"));
    }
}
