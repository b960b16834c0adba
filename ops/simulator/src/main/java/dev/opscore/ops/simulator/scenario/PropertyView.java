package dev.opscore.ops.simulator.scenario;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One property: its id, its IANA zone (tenants write in their local day), its units and the ids of its
 * PM schedules. Order does not matter: the scenario sorts units, tenants and schedules by id, and
 * treats the first two schedule ids as falling due first (the sandbox seeds {@code pm-<p>-01} overdue
 * and {@code pm-<p>-02} due within the week).
 */
public record PropertyView(String id, String timezone, List<UnitView> units, List<String> pmScheduleIds) {

    public PropertyView {
        Objects.requireNonNull(id, "id");
        ZoneId.of(Objects.requireNonNull(timezone, "timezone"));
        units = List.copyOf(Objects.requireNonNull(units, "units"));
        pmScheduleIds = List.copyOf(Objects.requireNonNull(pmScheduleIds, "pmScheduleIds"));
    }

    ZoneId zone() {
        return ZoneId.of(timezone);
    }
}
