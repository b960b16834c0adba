package dev.opscore.ops.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Portfolios shaped like the sandbox's (10–30 units, nine in ten let to one or two tenants, 4–6 PM
 * schedules, zones in turn), built here so that the scenario's tests need no sandbox.
 */
final class TestPortfolios {

    static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "Europe/London", "America/Phoenix");

    private TestPortfolios() {
    }

    static PortfolioView of(int properties, long seed) {
        Random random = new Random(seed);
        List<PropertyView> views = new ArrayList<>();
        for (int p = 1; p <= properties; p++) {
            List<UnitView> units = new ArrayList<>();
            int unitCount = 10 + random.nextInt(21);
            for (int u = 1; u <= unitCount; u++) {
                String unitId = String.format(Locale.ROOT, "unit-%d-%02d", p, u);
                List<String> tenants = new ArrayList<>();
                if (random.nextDouble() < 0.9) {
                    int count = random.nextDouble() < 0.35 ? 2 : 1;
                    for (int t = 1; t <= count; t++) {
                        tenants.add(unitId.replace("unit-", "ten-") + "-" + t);
                    }
                }
                units.add(new UnitView(unitId, tenants));
            }
            List<String> pm = new ArrayList<>();
            int pmCount = 4 + random.nextInt(3);
            for (int i = 1; i <= pmCount; i++) {
                pm.add(String.format(Locale.ROOT, "pm-%d-%02d", p, i));
            }
            views.add(new PropertyView("prop-" + p, ZONES.get((p - 1) % ZONES.size()), units, pm));
        }
        return new PortfolioView(views);
    }

    static long letUnits(PortfolioView portfolio) {
        return portfolio.properties().stream().flatMap(p -> p.units().stream())
                .filter(u -> !u.tenantIds().isEmpty()).count();
    }
}
