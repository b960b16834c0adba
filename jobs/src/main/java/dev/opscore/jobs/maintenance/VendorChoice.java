package dev.opscore.jobs.maintenance;

import dev.opscore.policy.Category;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which covering vendors to try, best first: trade, coverage (the PMS lists the property's), capacity, score. */
final class VendorChoice {

    private VendorChoice() {
    }

    static List<String> ranked(Map<String, Object> context, Category category, Set<String> excluded) {
        Map<String, Object> scores = Facts.map(context, "vendorScores");
        return Facts.list(context, "vendors").stream()
                .filter(v -> Boolean.TRUE.equals(v.get("active")))
                .filter(v -> Facts.strings(v, "trades").contains(category.name()))
                .filter(v -> Facts.integer(v, "openWorkOrders", 0) < Facts.integer(v, "maxOpenWorkOrders", 0))
                .filter(v -> !excluded.contains(Facts.text(v, "id")))
                .sorted(Comparator.<Map<String, Object>>comparingDouble(v -> -VendorScores.score(v,
                                Facts.map(scores, Facts.text(v, "id"))))
                        .thenComparing(v -> Facts.text(v, "id")))
                .map(v -> Facts.text(v, "id"))
                .toList();
    }

    static int openWorkOrders(Map<String, Object> context, String vendorId) {
        return Facts.list(context, "vendors").stream().filter(v -> vendorId.equals(Facts.text(v, "id")))
                .findFirst().map(v -> Facts.integer(v, "openWorkOrders", 0)).orElse(0);
    }
}
